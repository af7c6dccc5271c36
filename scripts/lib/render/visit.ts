// Visiting Slidev's print view: load it, wait for every slide to settle, and measure them all
// in one call. The measuring code itself is in check/ (probe, diagrams, glyphs).
import type { Page } from 'playwright-chromium'
import { watchCompileErrors } from '../check/compile-errors.ts'
import { measureAxes } from '../check/axis-probe.ts'
import { measureDiagrams } from '../check/diagrams.ts'
import { DECK_FONTS, type SlideMeasure } from '../check/findings.ts'
import { measureGlyphs } from '../check/glyphs.ts'
import { catchPageErrors, ERRORS_GLOBAL, type CaughtErrors, type PageError } from '../check/page-errors.ts'
import { measureLayout } from '../check/probe.ts'
import { PAGE_GLOBAL, PRINT_PATH, type PageWindow } from '../contract.ts'
import { settleDeck } from '../check/settle.ts'
import { measureText } from '../check/text-probe.ts'
import { wrappedLines } from '../check/line-starts.ts'
import { measureShape } from '../check/shape-probe.ts'
import { TalkdeckError } from '../errors.ts'
import { aspectRatio, theme } from '../theme.ts'
import { loadLimitMs, settleLimitMs } from './limits.ts'

export interface VisitOptions {
  log: (line: string) => void
  /** How long the deck may take to settle; by default it grows with the number of slides. */
  slideTimeoutMs?: number
  /** The number of slides slides.md holds, when known: the page gets longer to load. */
  slideCount?: number
}

interface Seen {
  measures: SlideMeasure[]
  /** Errors that belong to no one slide. */
  deckErrors: string[]
}

type PageGlobals = Partial<PageWindow> & Record<string, CaughtErrors | undefined>

/** Load the print view at `url` and measure every slide; a reload by Vite's optimiser starts over. */
export async function visitSlides(page: Page, url: string, options: VisitOptions): Promise<Seen> {
  // Serialized functions may call esbuild's name helper (tsx keeps names); the page has none.
  await page.addInitScript('globalThis.__name ??= (fn) => fn')
  await page.addInitScript(catchPageErrors, ERRORS_GLOBAL)
  const compileErrors = watchCompileErrors(page)
  let loads = 0
  page.on('load', () => (loads += 1))
  // Slidev's print view, as its exporter uses it: every slide mounted at once, each with all its
  // clicks revealed, no transitions. One page is both checked and printed.
  await page.goto(`${url}${PRINT_PATH}`, { timeout: loadLimitMs(options.slideCount) })
  // On a deck's first run Vite may find dependencies to optimise and reload the page: start over.
  for (let attempt = 1; attempt <= 3; attempt++) {
    const before = loads
    try {
      const seen = await visitOnce(page, options)
      if (loads === before) return attribute(seen.errors, seen.measures, await compileErrors.collect())
    } catch (error) {
      if (loads === before) throw error
    }
    options.log('the page reloaded (Vite optimised dependencies); checking again…')
  }
  throw new TalkdeckError({
    code: 'E_CHECK_RELOAD',
    message: 'the deck kept reloading while it was checked',
    hint: 'run the check again',
  })
}

async function visitOnce(
  page: Page,
  options: VisitOptions,
): Promise<{ measures: SlideMeasure[]; errors: PageError[] }> {
  await page.waitForFunction(
    global => Boolean((window as unknown as Partial<PageWindow>)[global]?.nav.total),
    PAGE_GLOBAL,
    { timeout: loadLimitMs(options.slideCount) },
  )
  const deck = await page.evaluate(
    ({ global, ...fallback }) => {
      const { nav, configs } = (window as unknown as PageWindow)[global]
      return {
        total: nav.total,
        width: configs.canvasWidth ?? fallback.width,
        aspect: configs.aspectRatio ?? fallback.aspect,
        dark: configs.colorSchema === 'dark',
      }
    },
    { global: PAGE_GLOBAL, width: theme.canvas.width, aspect: aspectRatio() },
  )
  // One slide's size, and screen styles in the deck's colours: what is checked is what is printed.
  // Not a viewport tall enough for every slide, as Slidev's exporter sets: Chromium's browser
  // process then works on the whole surface for every frame drawn, which grew with the square of
  // the deck (300 slides: 158 s of its CPU before the first measure, against 3 s this way). Layout, measures and printing
  // do not depend on the viewport's height.
  const height = Math.ceil(deck.width / deck.aspect) // as Slidev sizes a slide
  await page.setViewportSize({ width: Math.round(deck.width), height })
  await page.emulateMedia({ media: 'screen', colorScheme: deck.dark ? 'dark' : 'light' })
  options.log(`checking ${deck.total} slides…`)
  const settleMs = settleLimitMs(deck.total, options.slideTimeoutMs)
  const unsettled = new Set(await page.evaluate(settleDeck, { total: deck.total, timeoutMs: settleMs }))
  // The probes, installed once, then one call measures every slide.
  await page.evaluate(
    `globalThis.__talkdeckProbe = { layout: ${measureLayout}, diagrams: ${measureDiagrams}, glyphs: ${measureGlyphs}, text: ${measureText}, lines: ${wrappedLines}, axes: ${measureAxes}, shape: ${measureShape} }`,
  )
  const measures = await page.evaluate(
    ({ total, fonts, canvasWidth, global }) => {
      type Probe = {
        layout: typeof measureLayout
        diagrams: typeof measureDiagrams
        glyphs: typeof measureGlyphs
        text: typeof measureText
        axes: typeof measureAxes
        shape: typeof measureShape
      }
      const probe = (globalThis as unknown as { __talkdeckProbe: Probe }).__talkdeckProbe
      return Array.from({ length: total }, (_, i): SlideMeasure => {
        const { chars, ...layout } = probe.layout({ no: i + 1, fonts, global })
        const slide = { no: i + 1, canvasWidth }
        const shape = probe.shape(slide)
        return {
          ...layout,
          diagrams: probe.diagrams(slide),
          texts: probe.text(slide),
          axes: probe.axes(slide),
          ...(shape ? { shape } : {}),
          ...probe.glyphs({ chars, fonts }),
          errors: [],
        }
      })
    },
    { total: deck.total, fonts: DECK_FONTS, canvasWidth: deck.width, global: PAGE_GLOBAL },
  )
  for (const m of measures) if (unsettled.has(m.no)) m.unfinishedAfterMs = settleMs
  const errors = await page.evaluate(name => (window as unknown as PageGlobals)[name]?.errors ?? [], ERRORS_GLOBAL)
  return { measures, errors }
}

/** Each error to its slide when it names one; the rest belong to the deck. */
function attribute(errors: PageError[], measures: SlideMeasure[], compileErrors: Map<number, string>): Seen {
  const deckErrors: string[] = []
  for (const error of errors) {
    // Slidev names the slide it could not load by its module, /@slidev/slides/<no>/md.
    const named = SLIDE_URL.exec(error.message)
    const no = named ? Number(named[1]) : error.no
    const slide = no === null ? undefined : measures.find(m => m.no === no)
    if (slide) {
      if (!slide.errors.includes(error.message)) slide.errors.push(error.message)
    } else if (!deckErrors.includes(error.message)) deckErrors.push(error.message)
  }
  for (const [no, message] of compileErrors) {
    const slide = measures.find(m => m.no === no)
    if (slide) slide.loadError = message
    else deckErrors.push(message)
  }
  return { measures, deckErrors }
}

const SLIDE_URL = /\/@slidev\/slides\/(\d+)\/md\b/
