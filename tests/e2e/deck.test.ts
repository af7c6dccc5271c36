// The shipped talk in real Slidev and real headless Chromium.
import path from 'node:path'
import type { Browser, Page } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { plannedSlides, launchBrowser, root, startDev, type DevServer } from './support.ts'

const DECK = 'chatgpt'
const slides = plannedSlides(DECK)
const numbersOf = (...kinds: string[]) => slides.flatMap((s, i) => (kinds.includes(s.content.kind) ? [i + 1] : []))

let server: DevServer
let browser: Browser
let page: Page

beforeAll(async () => {
  ;[server, browser] = await Promise.all([startDev(path.join(root, 'slides', DECK, 'slides.md')), launchBrowser()])
  page = await browser.newPage({ viewport: { width: 980, height: 552 } })
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

async function open(route: string) {
  await page.goto(`${server.url}${route}`)
  await page.waitForFunction(() => document.querySelector('.slidev-layout') !== null, undefined, { timeout: 60_000 })
}

describe(`the ${DECK} deck in Slidev`, () => {
  it('has as many slides as the outline plans', async () => {
    await open('/1')
    const total = await page.evaluate(
      () => (window as unknown as { __slidev__: { nav: { total: number } } }).__slidev__.nav.total,
    )
    expect(total).toBe(slides.length)
    expect(slides.length).toBeGreaterThanOrEqual(30)
  })

  it('draws every diagram as an SVG with its labels and no Mermaid error', async () => {
    const numbers = numbersOf('pipeline')
    expect(numbers.length).toBeGreaterThanOrEqual(3)
    for (const n of numbers) {
      await open(`/${n}`)
      const svg = await page.waitForFunction(
        no => {
          // Slidev keeps neighbouring slides mounted but hidden: look inside slide n only.
          const host = document.querySelector(`.slidev-page-${no} .mermaid`) as HTMLElement | null
          const svg = host?.shadowRoot?.querySelector('svg')
          if (!svg) return null
          const box = svg.getBoundingClientRect()
          // Drawn means laid out: Mermaid inserts the SVG before it has its final size.
          return box.width > 0 ? { text: svg.textContent ?? '', width: box.width, height: box.height } : null
        },
        n,
        { timeout: 30_000 },
      )
      const drawn = (await svg.jsonValue()) as { text: string; width: number; height: number }
      const errors = await page.locator(`.slidev-page-${n} pre`).allTextContents()
      expect(errors.join('\n'), `slide ${n}`).not.toMatch(/error|Syntax/i)
      expect(drawn.width, `slide ${n} width`).toBeGreaterThan(100)
      expect(drawn.height, `slide ${n} height`).toBeGreaterThan(50)
      const content = slides[n - 1]!.content
      const labels =
        content.kind === 'timeline'
          ? content.events.map(e => e.label)
          : content.kind === 'pipeline'
            ? content.stages.map(s => s.label)
            : []
      // Long labels are broken into lines (and a line break is no space in CJK): compare without white space.
      for (const label of labels)
        expect(drawn.text.replace(/\s+/g, ''), `slide ${n}`).toContain(label.replace(/\s+/g, ''))
    }
  })

  it('draws every timeline on a time axis, its events in order with their labels', async () => {
    const numbers = numbersOf('timeline')
    expect(numbers.length).toBeGreaterThanOrEqual(3)
    for (const n of numbers) {
      await open(`/${n}`)
      const axis = page.locator(`.slidev-page-${n} .time-axis`)
      await axis.waitFor({ timeout: 30_000 })
      const content = slides[n - 1]!.content
      if (content.kind !== 'timeline') throw new Error('not a timeline')
      expect(await axis.locator('.time-axis-line').count(), `slide ${n}`).toBe(1)
      expect(await axis.locator('.time-event').evaluateAll(els => els.map(e => e.getAttribute('data-date')))).toEqual(
        content.events.map(e => String(e.date)),
      )
      const text = ((await axis.textContent()) ?? '').replace(/\s+/g, '')
      for (const e of content.events) expect(text, `slide ${n}`).toContain(e.label.replace(/\s+/g, ''))
    }
  })

  it('renders the scale chart with the outline data', async () => {
    const [n] = numbersOf('chart')
    expect(n).toBeDefined()
    const content = slides[n! - 1]!.content
    if (content.kind !== 'chart') throw new Error('not a chart')
    await open(`/${n}`)
    const chart = page.locator(`.slidev-page-${n} .scale-chart`)
    await chart.waitFor({ timeout: 30_000 })
    expect(await chart.locator('.bar rect').count()).toBe(content.items.length)
    const text = await chart.textContent()
    for (const item of content.items) expect(text).toContain(item.label)
    const widths = await chart
      .locator('.bar rect')
      .evaluateAll(rects => rects.map(r => Number(r.getAttribute('width'))))
    const biggest = content.items.reduce((a, b) => (b.value > a.value ? b : a))
    expect(Math.max(...widths)).toBe(widths[content.items.indexOf(biggest)])
  })

  it('shows images from the project public/ folder', async () => {
    const numbers = numbersOf('image')
    expect(numbers.length).toBeGreaterThan(0)
    for (const n of numbers) {
      await open(`/${n}`)
      const img = page.locator(`.slidev-page-${n} img`).first()
      await img.waitFor({ timeout: 30_000 })
      await expect.poll(() => img.evaluate(el => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(0)
    }
  })

  it("shows a slide's notes in the presenter view", async () => {
    const n = slides.findIndex(s => s.content.kind === 'pipeline') + 1
    const content = slides[n - 1]!.content
    const notes = 'notes' in content ? content.notes : undefined
    expect(notes).toBeTruthy()
    await page.goto(`${server.url}/presenter/${n}`)
    const note = page.locator('.slidev-note').first()
    await note.waitFor({ timeout: 60_000 })
    const firstSentence = notes!
      .trim()
      .split(/[。！？\n]/)[0]!
      .trim()
    await expect.poll(() => note.textContent(), { timeout: 30_000 }).toContain(firstSentence)
  })
})
