// Presenting with `talkdeck dev`: the clock in the presenter view only, a pipeline built up click
// by click (and whole in the PDF), a broken outline shown in the page, notes as written.
// Real Slidev, real Chromium, a real PDF read back.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-chromium'
import { getDocumentProxy } from 'unpdf'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../support/cli.ts'
import { launchBrowser, root, startTalkdeckDev, type TalkdeckDev } from './support.ts'

const name = `.live-present-${process.pid}`
const outline = readFileSync(path.join(root, 'tests', 'fixtures', 'present', 'talk.yaml'), 'utf8')

let dev: TalkdeckDev
let browser: Browser
let url: string, dir: string, outlineFile: string
const output = () => dev.output()

beforeAll(async () => {
  ;[dev, browser] = await Promise.all([startTalkdeckDev(name, outline), launchBrowser()])
  ;({ url, dir, outlineFile } = dev)
})

afterAll(async () => {
  await browser?.close()
  await dev?.stop()
})

async function open(route: string, viewport = { width: 980, height: 552 }): Promise<Page> {
  const page = await browser.newPage({ viewport })
  await page.goto(`${url}${route}`, { timeout: 120_000 })
  return page
}

/** Stages and edges of the shown slide's diagram that are visible: [stages, edges]. */
const DRAWN = `(() => {
  const host = [...document.querySelectorAll('.slidev-page .reveal-diagram .mermaid')].find(h => h.offsetParent && h.shadowRoot?.querySelector('svg g.node'))
  if (!host) return null
  const visible = sel => [...host.shadowRoot.querySelectorAll(sel)].filter(e => getComputedStyle(e).visibility !== 'hidden').length
  return [visible('g.node'), visible('path[data-edge]')]
})()`

describe('presenting with talkdeck dev', () => {
  it('shows the section, its minutes and the time spent in it in the presenter view, and nothing of it to the audience', async () => {
    const presenter = await open('/presenter/2', { width: 1400, height: 850 })
    const clock = presenter.locator('[data-talkdeck-clock]')
    await clock.waitFor({ timeout: 60_000 })
    const text = await clock.innerText()
    expect(text).toContain('Introduction')
    expect(text).toContain('4 min')
    expect(text).toMatch(/\d+:\d\d in section/)
    await presenter.close()

    const audience = await open('/2')
    await audience.locator('.slidev-page h1', { hasText: 'Why it matters' }).waitFor({ timeout: 60_000 })
    await audience.hover('body') // the navigation bar shows on hover
    expect(await audience.locator('[data-talkdeck-clock]').count()).toBe(0)
    expect(await audience.locator('body').innerText()).not.toContain('in section')
    await audience.close()
  })

  it('shows the pipeline one step a click, the grouped stages together, without moving it', async () => {
    const page = await open('/flow')
    const counts: number[][] = []
    const boxes: string[] = []
    for (let click = 0; click <= 2; click++) {
      await page.goto(`${url}/flow?clicks=${click}`)
      const drawn = await page.waitForFunction(DRAWN, undefined, { timeout: 60_000 })
      counts.push((await drawn.jsonValue()) as number[])
      boxes.push(
        await page.evaluate(
          `[...document.querySelectorAll('.slidev-page .reveal-diagram .mermaid')].find(h => h.offsetParent).shadowRoot.querySelector('svg').getAttribute('viewBox')`,
        ),
      )
    }
    // Click 0: the first step, collect and clean, and the edge between them; then one stage a click.
    expect(counts).toEqual([
      [2, 1],
      [3, 2],
      [4, 4],
    ])
    expect(new Set(boxes).size).toBe(1)
    await page.close()
  })

  it("counts the diagram's clicks in the presenter view, and shows the next click in its preview", async () => {
    const presenter = await open('/presenter/flow', { width: 1400, height: 850 })
    await presenter.waitForFunction(DRAWN, undefined, { timeout: 60_000 })
    await expect
      .poll(() => presenter.locator('.slidev-presenter').innerText(), { timeout: 30_000 })
      .toMatch(/0\s*\/\s*2/)
    // The "next" preview is this slide one click on: collect, clean and train.
    const next = `(() => {
      const host = document.querySelector('.grid-section.next .reveal-diagram .mermaid')
      const nodes = host?.shadowRoot?.querySelectorAll('svg g.node')
      return nodes?.length ? [...nodes].filter(e => getComputedStyle(e).visibility !== 'hidden').length : null
    })()`
    await expect.poll(() => presenter.evaluate(next), { timeout: 30_000 }).toBe(3)
    await presenter.close()
  })

  it(
    'puts a broken outline in the page, and takes it away when the outline is fixed',
    { timeout: 300_000 },
    async () => {
      const page = await open('/2')
      await page.locator('.slidev-page h1', { hasText: 'Why it matters' }).waitFor({ timeout: 60_000 })
      try {
        writeFileSync(outlineFile, outline.replace('kind: bullets', 'kind: bulets'))
        const banner = page.locator('#talkdeck-outline-error')
        // About a second on a quiet machine, 10–20 s with the two cores busy three times over (a
        // loaded CI run missed 20 s once); no timing assert here: the speed is a figure to measure
        // (npm run bench:live), the test checks that the error arrives at all.
        await banner.waitFor({ timeout: 60_000 }).catch(error => {
          throw new Error(`no banner; talkdeck dev said:\n${output()}`, { cause: error })
        })
        expect(await banner.innerText()).toContain(
          `slides/${name}/outline.yaml:15:15 error E_SLIDE_KIND: unknown slide kind "bulets"`,
        )
        await expect.poll(output, { timeout: 60_000 }).toContain('error E_SLIDE_KIND')
        // A page opened while the outline is broken shows it too.
        const later = await open('/3')
        await later.locator('#talkdeck-outline-error').waitFor({ timeout: 60_000 })
        await later.close()
      } finally {
        writeFileSync(outlineFile, outline)
      }
      await page.locator('#talkdeck-outline-error').waitFor({ state: 'detached', timeout: 60_000 })
      await page.close()
    },
  )

  it('shows notes with their paragraphs and line breaks, as plain text', async () => {
    const presenter = await open('/presenter/2', { width: 1400, height: 850 })
    const note = presenter.locator('.slidev-note')
    await note.waitFor({ timeout: 60_000 })
    const paragraphs = note.locator('p')
    // The note fills in once the slide's rendered notes arrive (and again after the previous
    // test's outline fix reaches the page): wait for them rather than read the first state.
    await expect.poll(() => paragraphs.count(), { timeout: 30_000 }).toBe(2)
    expect(await paragraphs.nth(0).innerText()).toBe('First paragraph, first line.\nFirst paragraph, second line.')
    expect(await paragraphs.nth(1).innerText()).toBe('Second paragraph <b>not bold</b>.')
    expect(await note.locator('b').count()).toBe(0)
    await presenter.close()
  })

  it('exports the finished diagram: every stage on the PDF page', async () => {
    const pdfPath = path.join(dir, 'talk.pdf')
    const run = runCli(['export', name, '--output', pdfPath], { timeout: 600_000 })
    expect(run.status, run.stderr).toBe(0)
    const pdf = await getDocumentProxy(new Uint8Array(readFileSync(pdfPath)))
    const page = await pdf.getPage(4)
    const text = (await page.getTextContent()).items.map(item => ('str' in item ? item.str : '')).join(' ')
    for (const label of ['The pipeline', 'Collect', 'Clean', 'Train', 'Ship', 'feedback']) expect(text).toContain(label)
  })
})
