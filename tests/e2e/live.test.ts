// `talkdeck dev`: saving the outline shows up in the open page through Slidev's hot reload.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, root, startTalkdeckDev, type TalkdeckDev } from './support.ts'

const name = `.live-${process.pid}`
const outline = readFileSync(path.join(root, 'tests', 'fixtures', 'merge', 'talk.yaml'), 'utf8')

let dev: TalkdeckDev
let browser: Browser
let page: Page
let url: string, outlineFile: string
const output = () => dev.output()

beforeAll(async () => {
  ;[dev, browser] = await Promise.all([startTalkdeckDev(name, outline), launchBrowser()])
  ;({ url, outlineFile } = dev)
  page = await browser.newPage({ viewport: { width: 980, height: 552 } })
})

afterAll(async () => {
  await browser?.close()
  await dev?.stop()
})

const visible = (text: string) =>
  page.waitForFunction(t => document.querySelector('.slidev-page-4 .slidev-layout')?.textContent?.includes(t), text, {
    timeout: 30_000,
  })

describe('talkdeck dev', () => {
  it('shows an outline edit in the open page without reloading it, and survives an invalid outline', async () => {
    await page.goto(`${url}/4`)
    await visible('Rules')
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42))

    writeFileSync(outlineFile, outline.replace('title: Rules', 'title: Rules, edited live'))
    await visible('Rules, edited live')

    writeFileSync(outlineFile, outline.replace('kind: bullets\n        id: rules', 'kind: bulets\n        id: rules'))
    await expect.poll(output, { timeout: 20_000 }).toContain('error E_SLIDE_KIND')
    expect(output()).toContain('still serving the last good slides')
    await visible('Rules, edited live')

    writeFileSync(outlineFile, outline.replace('title: Rules', 'title: Rules, fixed again'))
    await visible('Rules, fixed again')
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42)
    expect(dev.running()).toBe(true)
  })
})
