import { existsSync } from 'node:fs'
import path from 'node:path'
import { findingsOf, formatHuman, formatJson, type Finding, type OutlineEntry } from '../lib/check/index.ts'
import type { DeckPaths } from '../lib/project.ts'
import { openRenderedDeck } from '../lib/render/open.ts'
import { renderOptionsFor, requireSlides, type RenderChoices } from '../lib/render/options.ts'

export interface CheckOptions extends RenderChoices {
  json?: boolean
  /** Where each slide comes from in the outline (from `buildDeck`); a deck without an outline has none. */
  entries?: ReadonlyMap<string, OutlineEntry>
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
  requireSlides(paths, existsSync)
  const render = await renderOptionsFor(paths, options)
  options.log(`rendering ${path.relative(process.cwd(), paths.slides)} with ${render.chromium}…`)
  const rendered = await openRenderedDeck(render)
  let findings: Finding[]
  try {
    findings = findingsOf(rendered, options.entries ?? new Map())
  } finally {
    await rendered.close()
  }
  const output = options.json ? formatJson(findings) : formatHuman(findings, rendered.measures.length)
  return { findings, output }
}
