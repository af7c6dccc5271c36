import { existsSync } from 'node:fs'
import path from 'node:path'
import {
  findingsOf,
  formatHuman,
  formatJson,
  textFigures,
  type Finding,
  type OutlineEntry,
  type TextFigures,
} from '../lib/check/index.ts'
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
  /** The deck's text sizes: the median, the smallest text and the smallest diagram label. */
  figures: TextFigures
  /** What to print: one line per finding, the text sizes and a summary, or both as JSON. */
  output: string
}

/**
 * Render every slide of an already built deck in headless Chromium and report what is wrong
 * with it: overflow, broken diagrams, fallback fonts, broken images, errors, empty slides,
 * lost notes, and text that is hard to read (small, faint, cut off, overlapping). It does not build the deck: the caller does that first.
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
  const figures = textFigures(rendered.measures)
  const output = options.json
    ? formatJson({ findings, figures })
    : formatHuman(findings, rendered.measures.length, figures)
  return { findings, figures, output }
}
