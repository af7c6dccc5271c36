// One render: one Slidev dev server, one headless Chromium, one page with every slide on it,
// measured for the check and, while it is open, printed by export.
import path from 'node:path'
import type { Page } from 'playwright-chromium'
import { TalkdeckError } from '../errors.ts'
import { stopOnInterrupt } from '../interrupt.ts'
import { CHROMIUM_ARGS } from '../slidev/chromium.ts'
import { watchCompileErrors } from './compile-errors.ts'
import { DECK_FONT, type SlideMeasure } from './findings.ts'
import { measureDiagrams } from './diagrams.ts'
import { measureGlyphs } from './glyphs.ts'
import { measureLayout, type SlidevGlobal } from './probe.ts'
import { keptServer } from '../slidev/kept.ts'
import { serveDeck } from '../slidev/serve.ts'
import { catchPageErrors, ERRORS_GLOBAL, type CaughtErrors, type PageError } from './page-errors.ts'
import { settleDeck } from './settle.ts'

export interface RenderOptions {
  slides: string
  root: string
  chromium: string
  log: (line: string) => void
  /** How long the deck may take to settle (diagrams, images, fonts). */
  slideTimeoutMs?: number
  /** How long the browser may take to start. */
  launchTimeoutMs?: number
  /** Echo Slidev's own output as it comes (not for a kept server: its output is in its log). */
  echo?: boolean
  /** Reuse the deck's kept server, or start one and leave it running (see slidev/kept.ts). */
  keep?: boolean
}

export interface RenderedDeck {
  measures: SlideMeasure[]
  /** Errors that belong to no one slide. */
  deckErrors: string[]
}

/** Serve the deck, render each slide with every click revealed, and measure it. */
export async function renderDeck(options: RenderOptions, whileOpen?: WhileOpen): Promise<RenderedDeck> {
  const [server, browser] = await Promise.allSettled([
    options.keep ? keptServer(options.slides, options.root) : serveDeck(options.slides, options.root, { mode: 'print', echo: options.echo }),
    openBrowser(options),
  ])
  try {
    if (server.status === 'rejected') throw server.reason
    if (browser.status === 'rejected') throw browserFailed(options.chromium, browser.reason)
    return await visitSlides(await browser.value.newPage(), server.value.url, options, whileOpen)
  } finally {
    if (browser.status === 'fulfilled') await browser.value.close()
    if (server.status === 'fulfilled') await server.value.stop()
  }
}

type PageGlobals = { __talkdeck__: SlidevGlobal } & Record<string, CaughtErrors | undefined>

/** What the caller may do with the rendered deck before the browser closes (print it, say). */
export type WhileOpen = (page: Page, rendered: RenderedDeck) => Promise<void>

interface OpenBrowser {
  newPage: () => Promise<Page>
  close: () => Promise<void>
}

/**
 * Chromium for one render. When the server is kept, so is the browser's profile (under
 * .talkdeck/chromium): its HTTP cache and compiled-script cache make the next load of the deck
 * quicker. Vite marks every module it serves for revalidation, or names it by its content, so
 * nothing stale can come from that cache. A profile in use by another render is not shared.
 */
async function openBrowser(options: RenderOptions): Promise<OpenBrowser> {
  // Loaded here, not at start-up: Playwright takes most of a second to load, and this way it
  // loads while the server is being found or started.
  const { chromium } = await import('playwright-chromium')
  // Ctrl-C is the CLI's to handle (see interrupt.ts): it closes the browser, then exits.
  const signals = { handleSIGINT: false, handleSIGTERM: false }
  const launch = { executablePath: options.chromium, args: CHROMIUM_ARGS, timeout: options.launchTimeoutMs ?? 60_000, ...signals }
  const viewport = { width: 980, height: 552 }
  if (options.keep) {
    try {
      const context = await chromium.launchPersistentContext(path.join(options.root, '.talkdeck', 'chromium'), { ...launch, viewport })
      return closing({ newPage: () => context.newPage(), close: () => context.close() })
    } catch (error) {
      if (error instanceof Error && error.name === 'TimeoutError') throw error
      // The profile is busy (or broken): render with a fresh one, as without --keep.
    }
  }
  const browser = await chromium.launch(launch)
  return closing({ newPage: () => browser.newPage({ viewport }), close: () => browser.close() })
}

/** The browser, closed on Ctrl-C too. */
function closing(browser: OpenBrowser): OpenBrowser {
  const forget = stopOnInterrupt(browser.close)
  return { newPage: browser.newPage, close: () => browser.close().finally(forget) }
}

async function visitSlides(page: Page, url: string, options: RenderOptions, whileOpen?: WhileOpen): Promise<RenderedDeck> {
  // Serialized functions may call esbuild's name helper (tsx keeps names); the page has none.
  await page.addInitScript('globalThis.__name ??= (fn) => fn')
  await page.addInitScript(catchPageErrors, ERRORS_GLOBAL)
  const compileErrors = watchCompileErrors(page)
  let loads = 0
  page.on('load', () => (loads += 1))
  // Slidev's print view, as its exporter uses it: every slide mounted at once, each with all its
  // clicks revealed, no transitions. One page is both checked and printed.
  await page.goto(`${url}/print?print=true`, { timeout: 120_000 })
  // On a deck's first run Vite may find dependencies to optimise and reload the page: start over.
  for (let attempt = 1; attempt <= 3; attempt++) {
    const before = loads
    try {
      const seen = await visitOnce(page, options)
      if (loads === before) {
        const rendered = attribute(seen.errors, seen.measures, await compileErrors.collect())
        await whileOpen?.(page, rendered)
        return rendered
      }
    } catch (error) {
      if (loads === before) throw error
    }
    options.log('the page reloaded (Vite optimised dependencies); checking again…')
  }
  throw new TalkdeckError({ code: 'E_CHECK_RELOAD', message: 'the deck kept reloading while it was checked', hint: 'run the check again' })
}

async function visitOnce(page: Page, options: RenderOptions): Promise<{ measures: SlideMeasure[]; errors: PageError[] }> {
  await page.waitForFunction(() => Boolean((window as unknown as Partial<PageGlobals>).__talkdeck__?.nav.total), undefined, { timeout: 120_000 })
  const deck = await page.evaluate(() => {
    const { nav, configs } = (window as unknown as PageGlobals).__talkdeck__
    return { total: nav.total, width: configs.canvasWidth ?? 980, aspect: configs.aspectRatio ?? 16 / 9, dark: configs.colorSchema === 'dark' }
  })
  // Tall enough for every slide at once, and screen styles in the deck's colours, as Slidev's
  // exporter renders it: what is checked is what is printed.
  const height = Math.ceil(deck.width / deck.aspect) // as Slidev sizes a slide
  await page.setViewportSize({ width: Math.round(deck.width), height: height * deck.total })
  await page.emulateMedia({ media: 'screen', colorScheme: deck.dark ? 'dark' : 'light' })
  options.log(`checking ${deck.total} slides…`)
  await page.evaluate(settleDeck, { total: deck.total, timeoutMs: options.slideTimeoutMs ?? 60_000 })
  // The probes, installed once, then one call measures every slide.
  await page.evaluate(`globalThis.__talkdeckProbe = { layout: ${measureLayout}, diagrams: ${measureDiagrams}, glyphs: ${measureGlyphs} }`)
  const measures = await page.evaluate(
    ({ total, font, canvasWidth }) => {
      type Probe = { layout: typeof measureLayout; diagrams: typeof measureDiagrams; glyphs: typeof measureGlyphs }
      const probe = (globalThis as unknown as { __talkdeckProbe: Probe }).__talkdeckProbe
      return Array.from({ length: total }, (_, i): SlideMeasure => {
        const { chars, ...layout } = probe.layout({ no: i + 1, font })
        return { ...layout, diagrams: probe.diagrams({ no: i + 1, canvasWidth }), ...probe.glyphs({ chars, font }), errors: [] }
      })
    },
    { total: deck.total, font: DECK_FONT, canvasWidth: deck.width },
  )
  const errors = await page.evaluate(name => (window as unknown as PageGlobals)[name]?.errors ?? [], ERRORS_GLOBAL)
  return { measures, errors }
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
