// Rehearsing in the presenter view of `talkdeck dev`, in real Chromium: the "rehearse" switch
// records the time spent on each slide and click, the dev server saves it beside the deck,
// `talkdeck rehearsals` reports it per section, and the clock can plan from it. The audience's
// screen has no switch.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../support/cli.ts'
import { launchBrowser, root, startTalkdeckDev, type TalkdeckDev } from './support.ts'

const name = `.rehearse-${process.pid}`
const outline = readFileSync(path.join(root, 'tests', 'fixtures', 'present', 'talk.yaml'), 'utf8')

let dev: TalkdeckDev
let browser: Browser

beforeAll(async () => {
  ;[dev, browser] = await Promise.all([startTalkdeckDev(name, outline), launchBrowser()])
})

afterAll(async () => {
  await browser?.close()
  await dev?.stop()
})

async function open(route: string, viewport = { width: 1400, height: 850 }): Promise<Page> {
  const page = await browser.newPage({ viewport })
  await page.goto(`${dev.url}${route}`, { timeout: 120_000 })
  return page
}

describe('rehearsing with talkdeck dev', () => {
  it('records each slide while the switch is on, saves it beside the deck, and reports it per section', async () => {
    const presenter = await open('/presenter/1')
    const toggle = presenter.locator('[data-talkdeck-rehearse] button')
    await toggle.waitFor({ timeout: 60_000 })
    expect(await toggle.innerText()).toBe('rehearse')
    await toggle.click()
    await expect.poll(() => toggle.innerText(), { timeout: 10_000 }).toMatch(/rehearsing \d+:\d\d/)
    await presenter.waitForTimeout(1500)
    await presenter.keyboard.press('ArrowRight') // slide 2, "why"
    await presenter.waitForTimeout(2500)
    await presenter.keyboard.press('ArrowRight') // slide 3, the "Method" divider
    await presenter.waitForTimeout(1000)
    await toggle.click()
    const status = presenter.locator('[data-talkdeck-rehearse-status]')
    await expect.poll(() => status.innerText(), { timeout: 20_000 }).toMatch(/^saved rehearsals\/[\dT-]+\.json$/)
    await presenter.close()

    const dir = path.join(dev.dir, 'rehearsals')
    const files = readdirSync(dir)
    expect(files).toHaveLength(1)
    const saved = JSON.parse(readFileSync(path.join(dir, files[0]!), 'utf8')) as {
      stretches: { slide: number; id?: string; click: number; ms: number }[]
    }
    expect(saved.stretches.map(s => [s.slide, s.id, s.click])).toEqual([
      [1, 'cover', 0],
      [2, 'why', 0],
      [3, 'method-divider', 0],
    ])
    const [cover, why] = saved.stretches
    expect(cover!.ms).toBeGreaterThan(1000)
    expect(why!.ms).toBeGreaterThan(2000)

    const report = runCli(['rehearsals', name])
    expect(report.status, report.stderr).toBe(0)
    expect(report.stdout).toMatch(/^Introduction\s+4:00\s+\d+:\d\d\s+0:0[3-9]\s+0:0[3-9]$/m)
    expect(report.stdout).toMatch(/^Method\s+6:00\s+\d+:\d\d\s+0:0\d\s+0:0\d$/m)
    expect(report.stdout).toContain('1 rehearsal(s); the last on ')

    // The clock's setting: plan from the rehearsals (read back from the dev server), or the outline.
    const again = await open('/presenter/2')
    const plan = again.locator('[data-talkdeck-clock-plan]')
    await plan.waitFor({ timeout: 60_000 })
    const label = await plan.innerText()
    if (label !== 'plan: outline') await plan.click() // the setting is kept in the browser
    await plan.click()
    await expect.poll(() => plan.innerText(), { timeout: 20_000 }).toBe('plan: 1 rehearsal(s)')
    await plan.click()
    await expect.poll(() => plan.innerText(), { timeout: 5_000 }).toBe('plan: outline')
    await again.close()
  })

  it('shows no switch on the audience screen', async () => {
    const audience = await open('/2', { width: 980, height: 552 })
    await audience.locator('.slidev-page h1', { hasText: 'Why it matters' }).waitFor({ timeout: 60_000 })
    await audience.hover('body')
    expect(await audience.locator('[data-talkdeck-rehearse]').count()).toBe(0)
    expect(await audience.locator('body').innerText()).not.toContain('rehearse')
    await audience.close()
  })
})
