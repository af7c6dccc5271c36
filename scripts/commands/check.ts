import { existsSync } from 'node:fs'
import path from 'node:path'
import { TalkdeckError } from '../lib/errors.ts'
import type { Page } from 'playwright-chromium'
import { deckFindings, findingsFor, formatHuman, formatJson, readOutlineEntries, renderDeck, type Finding, type RenderedDeck } from '../lib/check/index.ts'
import type { DeckPaths } from '../lib/project.ts'
import { findChromium, playwrightChromium } from '../lib/slidev/chromium.ts'

export interface CheckOptions {
  json?: boolean
  /** Chromium or Chrome to render with (default: as export finds one). */
  executablePath?: string
  /** How long the browser may take to start. */
  timeoutMs?: number
  /** Echo Slidev's own output as it comes. */
  verbose?: boolean
  /** Leave Slidev's server running for the next check or export (default: yes, unless $TALKDECK_KEEP_SERVER is 0). */
  keep?: boolean
  log: (line: string) => void
  /** Runs on the checked page before the browser closes, with what the check found (export prints here). */
  whileOpen?: (page: Page, findings: Finding[]) => Promise<void>
}

export interface CheckResult {
  findings: Finding[]
  /** What to print: one line per finding and a summary, or the findings as JSON. */
  output: string
}

/**
 * Render every slide of an already built deck in headless Chromium and report what is wrong
 * with it: overflow, broken diagrams, fallback fonts, broken images, errors, empty slides,
 * lost notes. It does not build the deck: the caller does that first.
 */
export async function checkDeck(paths: DeckPaths, options: CheckOptions): Promise<CheckResult> {
  if (!existsSync(paths.slides)) {
    throw new TalkdeckError({ code: 'E_NO_SLIDES', message: `no slides at ${rel(paths.slides)}`, hint: `build them first: \`npm run build ${paths.name}\`` })
  }
  const entries = await readOutlineEntries(paths.outline, rel(paths.outline))
  const executable = findChromium({ explicit: options.executablePath, env: process.env, playwright: await playwrightChromium() })
  options.log(`rendering ${rel(paths.slides)} with ${executable}…`)
  const findingsOf = (rendered: RenderedDeck) => [
    ...deckFindings(rendered.deckErrors),
    ...rendered.measures.flatMap(m => findingsFor(m, m.id === undefined ? undefined : entries.get(m.id))),
  ]
  const render = { slides: paths.slides, root: paths.root, chromium: executable, log: options.log, launchTimeoutMs: options.timeoutMs, echo: options.verbose, keep: options.keep ?? keepByDefault() }
  const rendered = await renderDeck(render, options.whileOpen && ((page, rendered) => options.whileOpen!(page, findingsOf(rendered))))
  const findings = findingsOf(rendered)
  const output = options.json ? formatJson(findings) : formatHuman(findings, rendered.measures.length)
  return { findings, output }
}

/** Whether to keep Slidev's server by default: yes, unless TALKDECK_KEEP_SERVER=0 (tests, CI). */
export function keepByDefault(env = process.env): boolean {
  return env.TALKDECK_KEEP_SERVER !== '0'
}

function rel(file: string): string {
  return path.relative(process.cwd(), file) || file
}
