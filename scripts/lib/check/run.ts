// One check run: one Slidev dev server, one headless Chromium, every slide visited in turn.
import { chromium, type Browser, type Page } from 'playwright-chromium'
import { TalkdeckError } from '../errors.ts'
import { CHROMIUM_ARGS } from '../slidev/chromium.ts'
import { watchCompileErrors } from './compile-errors.ts'
import { DECK_FONT, type SlideMeasure } from './findings.ts'
import { measureDiagrams } from './diagrams.ts'
import { measureGlyphs } from './glyphs.ts'
import { measureLayout, type SlidevGlobal } from './probe.ts'
import { serveDeck } from '../slidev/serve.ts'
import { catchPageErrors, ERRORS_GLOBAL, type CaughtErrors, type PageError } from './page-errors.ts'
import { settleSlide } from './settle.ts'

export interface RenderOptions {
  slides: string
  root: string
  chromium: string
  log: (line: string) => void
  /** How long one slide may take to settle (diagrams, images, fonts). */
  slideTimeoutMs?: number
  /** How long the browser may take to start. */
  launchTimeoutMs?: number
}

export interface RenderedDeck {
  measures: SlideMeasure[]
  /** Errors that belong to no one slide. */
  deckErrors: string[]
}

/** Serve the deck, render each slide with every click revealed, and measure it. */
export async function renderDeck(options: RenderOptions): Promise<RenderedDeck> {
  const [server, browser] = await Promise.allSettled([
    serveDeck(options.slides, options.root),
    chromium.launch({ executablePath: options.chromium, args: CHROMIUM_ARGS, timeout: options.launchTimeoutMs ?? 60_000 }),
  ])
  try {
    if (server.status === 'rejected') throw server.reason
    if (browser.status === 'rejected') throw browserFailed(options.chromium, browser.reason)
    return await visitSlides(browser.value, server.value.url, options)
  } finally {
    if (browser.status === 'fulfilled') await browser.value.close()
    if (server.status === 'fulfilled') await server.value.stop()
  }
}

type PageGlobals = { __slidev__: SlidevGlobal } & Record<string, CaughtErrors | undefined>

async function visitSlides(browser: Browser, url: string, options: RenderOptions): Promise<RenderedDeck> {
  const page = await browser.newPage({ viewport: { width: 980, height: 552 } })
  // Serialized functions may call esbuild's name helper (tsx keeps names); the page has none.
  await page.addInitScript('globalThis.__name ??= (fn) => fn')
  await page.addInitScript(catchPageErrors, ERRORS_GLOBAL)
  const compileErrors = watchCompileErrors(page)
  let loads = 0
  page.on('load', () => (loads += 1))
  // Print mode: every slide mounted once, each with all its clicks revealed, no transitions.
  await page.goto(`${url}/1?print=true`, { timeout: 120_000 })
  // On a deck's first run Vite may find dependencies to optimise and reload the page: start over.
  for (let attempt = 1; attempt <= 3; attempt++) {
    const before = loads
    try {
      const rendered = await visitOnce(page, options)
      if (loads === before) return attribute(rendered.errors, rendered.measures, await compileErrors.collect())
    } catch (error) {
      if (loads === before) throw error
    }
    options.log('the page reloaded (Vite optimised dependencies); checking again…')
  }
  throw new TalkdeckError({ code: 'E_CHECK_RELOAD', message: 'the deck kept reloading while it was checked', hint: 'run the check again' })
}

async function visitOnce(page: Page, options: RenderOptions): Promise<{ measures: SlideMeasure[]; errors: PageError[] }> {
  await page.waitForFunction(() => Boolean((window as unknown as Partial<PageGlobals>).__slidev__?.nav.total), undefined, { timeout: 120_000 })
  const deck = await page.evaluate(() => {
    const { nav, configs } = (window as unknown as PageGlobals).__slidev__
    return { total: nav.total, width: configs.canvasWidth ?? 980, aspect: configs.aspectRatio ?? 16 / 9 }
  })
  await page.setViewportSize({ width: Math.round(deck.width), height: Math.ceil(deck.width / deck.aspect) })
  options.log(`checking ${deck.total} slides…`)

  const measures: SlideMeasure[] = []
  for (let no = 1; no <= deck.total; no++) {
    await page.evaluate(
      ([n, name]) => {
        const w = window as unknown as PageGlobals
        w[name]!.current = n
        return w.__slidev__.nav.go(n)
      },
      [no, ERRORS_GLOBAL] as const,
    )
    // The first slide waits for the whole deck to load; later ones are already mounted.
    const timeoutMs = (options.slideTimeoutMs ?? 10_000) * (no === 1 ? 6 : 1)
    await page.evaluate(settleSlide, { no, timeoutMs })
    measures.push(await measure(page, no, deck.width))
  }
  const errors = await page.evaluate(name => (window as unknown as PageGlobals)[name]?.errors ?? [], ERRORS_GLOBAL)
  return { measures, errors }
}

/** Slide `no` as it stands: its layout, then its diagrams and the glyphs of its text. */
async function measure(page: Page, no: number, canvasWidth: number): Promise<SlideMeasure> {
  const { chars, ...layout } = await page.evaluate(measureLayout, { no, font: DECK_FONT })
  const diagrams = await page.evaluate(measureDiagrams, { no, canvasWidth })
  const glyphs = await page.evaluate(measureGlyphs, { chars, font: DECK_FONT })
  return { ...layout, diagrams, ...glyphs, errors: [] }
}

/** Each error to its slide when it names one; the rest belong to the deck. */
function attribute(errors: PageError[], measures: SlideMeasure[], compileErrors: Map<number, string>): RenderedDeck {
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

function browserFailed(executable: string, error: unknown): TalkdeckError {
  const timedOut = error instanceof Error && error.name === 'TimeoutError'
  return new TalkdeckError({
    code: timedOut ? 'E_BROWSER_TIMEOUT' : 'E_CHECK_BROWSER',
    message: `could not start ${executable}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    hint: `check that it starts (\`${executable} --headless --no-sandbox --dump-dom about:blank\`), or point TALKDECK_CHROMIUM at another browser`,
  })
}
