// One rendered deck: one Slidev server, one headless Chromium, one page with every slide on it,
// measured. `check` turns the measures into findings; the output formats print or capture the
// same page. Nothing renders twice.
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-chromium'
import type { SlideMeasure } from '../check/findings.ts'
import { splitSlides } from '../merge/segments.ts'
import { runningDevServer } from '../dev/running.ts'
import { keptServer } from '../slidev/kept.ts'
import { serveDeck, type DevServer } from '../slidev/serve.ts'
import { browserFailed, openBrowser } from './browser.ts'
import { visitSlides } from './visit.ts'

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
  /** Slidev's print view of the deck, every slide with all its clicks revealed. */
  page: Page
  measures: SlideMeasure[]
  /** Errors that belong to no one slide. */
  deckErrors: string[]
  /** Close the browser and stop (or leave kept) the server. */
  close: () => Promise<void>
}

/** Serve the deck, render every slide with every click revealed, and measure it. The caller closes it. */
export async function openRenderedDeck(options: RenderOptions): Promise<RenderedDeck> {
  const [server, browser] = await Promise.allSettled([findServer(options), openBrowser(options)])
  const close = async () => {
    if (browser.status === 'fulfilled') await browser.value.close()
    if (server.status === 'fulfilled') await server.value.stop()
  }
  try {
    if (server.status === 'rejected') throw server.reason
    if (browser.status === 'rejected') throw browserFailed(options.chromium, browser.reason)
    const page = await browser.value.newPage()
    const seen = await visitSlides(page, server.value.url, { ...options, slideCount: slideCount(options.slides) })
    return { page, ...seen, close }
  } catch (error) {
    await close()
    throw error
  }
}

/**
 * The deck's running dev server (`talkdeck dev`), left as it is; else its kept server, or one
 * started for this run.
 */
async function findServer(options: RenderOptions): Promise<DevServer> {
  const dev = await runningDevServer(options.slides, options.root)
  if (dev) {
    options.log(`using the running dev server at ${dev}`)
    return { url: dev, stop: async () => {} }
  }
  return options.keep
    ? keptServer(options.slides, options.root)
    : serveDeck(options.slides, options.root, { mode: 'print', echo: options.echo })
}

/** How many slides the deck's slides.md holds (undefined if it cannot be read: the server says why). */
function slideCount(slides: string): number | undefined {
  try {
    return splitSlides(readFileSync(slides, 'utf8')).length
  } catch {
    return undefined
  }
}
