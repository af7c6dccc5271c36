// Hostile text is only text: every string reaches its slide literally, the slide count holds,
// and nothing runs.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-chromium'
import { stringify } from 'yaml'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateMarkdown } from '../../scripts/lib/generate.ts'
import { CHART_PARTS, HOSTILE, hostileOutline } from '../fixtures/hostile.ts'
import { launchBrowser, root, startDev, type DevServer } from './support.ts'

const dir = path.join(root, 'slides', `.hostile-${process.pid}`)
const built = generateMarkdown(new TextEncoder().encode(stringify(hostileOutline())), 'outline.yaml')
const squash = (s: string) => s.replace(/\s+/g, '')

let server: DevServer
let browser: Browser
let page: Page
const dialogs: string[] = []

beforeAll(async () => {
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, 'slides.md'), built.markdown)
  ;[server, browser] = await Promise.all([startDev(path.join(dir, 'slides.md')), launchBrowser()])
  page = await browser.newPage({ viewport: { width: 980, height: 552 } })
  page.setDefaultNavigationTimeout(120_000) // the first page a fresh dev server compiles
  page.on('dialog', dialog => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
  rmSync(dir, { recursive: true, force: true })
})

/** All text slide n shows: its HTML text and the text inside Mermaid's SVGs. */
async function slideText(n: number): Promise<string> {
  await page.goto(`${server.url}/${n}`)
  await page.waitForFunction(no => document.querySelector(`.slidev-page-${no} .slidev-layout`) !== null, n, {
    timeout: 60_000,
  })
  const kind = built.slides[n - 1]!.id
  if (kind.startsWith('timeline'))
    await page.waitForFunction(no => document.querySelector(`.slidev-page-${no} .time-axis svg`) != null, n, {
      timeout: 30_000,
    })
  if (kind === 'pipeline') {
    await page.waitForFunction(
      no => document.querySelector(`.slidev-page-${no} .mermaid`)?.shadowRoot?.querySelector('svg') != null,
      n,
      { timeout: 30_000 },
    )
  }
  return page.evaluate(no => {
    const slide = (document.querySelector(`.slidev-page-${no}`) as HTMLElement).cloneNode(true) as HTMLElement
    const svgs = [...document.querySelectorAll(`.slidev-page-${no} .mermaid`)].map(m => m.shadowRoot?.textContent ?? '')
    const alts = [...slide.querySelectorAll('img')].map(i => i.getAttribute('alt') ?? '')
    for (const el of slide.querySelectorAll('style, script')) el.remove()
    return [slide.textContent, ...svgs, ...alts].join('\n')
  }, n)
}

/** The hostile strings a slide holds: all of them, or a chart's share. */
const stringsOf = (id: string): readonly string[] =>
  id.startsWith('chart-') ? CHART_PARTS[Number(id.slice('chart-'.length)) - 1]! : HOSTILE

describe('hostile text in every slide kind', () => {
  it('keeps the slide count', async () => {
    await page.goto(`${server.url}/1`)
    await page.waitForFunction(
      () => (window as unknown as { __slidev__?: unknown }).__slidev__ !== undefined,
      undefined,
      { timeout: 60_000 },
    )
    expect(
      await page.evaluate(() => (window as unknown as { __slidev__: { nav: { total: number } } }).__slidev__.nav.total),
    ).toBe(built.slideCount)
  })

  for (const [i, slide] of built.slides.entries()) {
    it(`slide ${i + 1} (${slide.id}) shows every string literally`, async () => {
      const text = squash(await slideText(i + 1))
      const missing = stringsOf(slide.id).filter(s => !text.includes(squash(s)))
      expect(missing).toEqual([])
    })
  }

  it('pipeline edge labels show every string literally, each on its own edge', async () => {
    const n = built.slides.findIndex(s => s.id === 'pipeline') + 1
    await slideText(n)
    const labels = await page.evaluate(
      no =>
        [
          ...(document.querySelector(`.slidev-page-${no} .mermaid`)?.shadowRoot?.querySelectorAll('.edgeLabel') ?? []),
        ].map(e => e.textContent ?? ''),
      n,
    )
    expect(labels.map(squash).sort()).toEqual(HOSTILE.map(squash).sort())
  })

  it('captions, bylines and alt text (written inside HTML) show every string literally', async () => {
    const charts = CHART_PARTS.map((_, c) => `chart-${c + 1}`)
    const wrapped = ['cover', 'quote', 'table', 'image', 'pipeline', ...charts, 'closing']
    for (const id of wrapped) {
      const n = built.slides.findIndex(s => s.id === id) + 1
      await slideText(n)
      const texts = await page.evaluate(
        no =>
          [
            ...document.querySelectorAll(
              ['.caption', '.byline', '.td-speaker', '.td-contact', 'img[alt]']
                .map(c => `.slidev-page-${no} ${c}`)
                .join(', '),
            ),
          ].map(e => (e.tagName === 'IMG' ? e.getAttribute('alt') : e.textContent) ?? ''),
        n,
      )
      expect(texts.length, id).toBeGreaterThan(0)
      for (const text of texts)
        expect(
          stringsOf(id).filter(s => !squash(text).includes(squash(s))),
          `${id}: ${text.slice(0, 80)}`,
        ).toEqual([])
    }
  })

  it("the footer names each slide's section as the outline wrote it, decoded once", async () => {
    // The agenda's section has no divider: the footer takes its name from the outline all the same.
    for (const id of ['bullets', 'agenda']) {
      const n = built.slides.findIndex(s => s.id === id) + 1
      await slideText(n)
      const footer = await page.evaluate(no => document.querySelector(`.slidev-page-${no} .td-section`)?.textContent, n)
      expect(squash(footer ?? ''), id).toBe(squash(HOSTILE.join(' ')))
    }
  })

  it("Slidev's overview lists every slide title as the outline wrote it", async () => {
    await page.goto(`${server.url}/overview`)
    await page.waitForFunction(
      n => document.querySelectorAll('.slidev-glass-effect').length >= n,
      built.slides.filter(s => s.title).length,
      { timeout: 60_000 },
    )
    const labels = await page.evaluate(() =>
      [...document.querySelectorAll('.slidev-glass-effect')].map(e => e.textContent ?? ''),
    )
    const titled = labels.filter(l => l.trim() !== '').map(squash)
    expect(titled.length).toBeGreaterThan(5)
    // Every title is all the strings but the charts', which share them out (their titles, a part each;
    // the one with a 300-letter word is titled "One long word").
    const titles = [HOSTILE, ...CHART_PARTS.map(part => (part.some(s => s.length > 100) ? ['One long word'] : part))]
    const shows = (label: string, strings: readonly string[]) => strings.every(s => label.includes(squash(s)))
    for (const label of titled)
      expect(
        titles.some(t => shows(label, t)),
        label.slice(0, 80),
      ).toBe(true)
    for (const title of titles)
      expect(
        titled.some(label => shows(label, title)),
        title.join(' '),
      ).toBe(true)
  })

  it('ran nothing: no dialog, no global set by a script or handler', async () => {
    expect(dialogs).toEqual([])
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
  })
})
