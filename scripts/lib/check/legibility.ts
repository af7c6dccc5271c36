// Legible from the back of the room: the rules `check` applies to every run of text the probe
// (text-probe.ts) measured on a slide. Pure: runs in, problems out.
import { composite, contrastRatio, hex, type Layer, type Rgb, type Rgba } from './colour.ts'

/** A rectangle in canvas pixels, relative to the slide's top-left corner. */
export interface Rect {
  left: number
  top: number
  right: number
  bottom: number
}

/** One text node as drawn: HTML text, or the text of an SVG <text>/<tspan>. */
export interface TextRun {
  /** The start of the text, for people. */
  text: string
  /** Visible characters (white space not counted). */
  chars: number
  /** Font size as drawn, in canvas pixels: after CSS transforms, SVG viewBox scaling and zoom. */
  px: number
  bold: boolean
  /** Inside a Mermaid diagram or a chart (held to the diagram floor). */
  diagram: boolean
  /** Inside a code or prompt block (a <pre>). */
  code?: boolean
  /** Its colour (null when it is not a plain colour, e.g. a gradient), and what is painted under it. */
  color: Rgba | null
  backdrop: Layer[]
  /** An HTML text drawn on more than one line: its whole text and where each line after the first starts. */
  wrap?: { text: string; starts: number[] }
  /** One box per line it is drawn on. */
  lines: Rect[]
  /** What clips it: the nearest ancestor with overflow other than visible, or its SVG's viewport. */
  clip?: Rect
  /** Clipped by an SVG's viewport rather than an HTML box. */
  clipBySvg?: boolean
}

export const LEGIBLE = {
  /** Smallest text, in canvas px (of the theme's canvas). */
  minPx: 18,
  /** Smallest label inside a Mermaid diagram or a chart: labels are read from further off than body text. */
  minDiagramPx: 18,
  /** Smallest code in a code or prompt block: monospace lines are read character by character. */
  minCodePx: 18,
  /** WCAG 2 AA contrast: 4.5:1, or 3:1 for large text (24 px, or 18.66 px bold). */
  contrast: 4.5,
  largeContrast: 3,
  largePx: 24,
  largeBoldPx: 18.66,
  /**
   * Lines overlap when their boxes share more than this part of the smaller line's height. A line's
   * box is its font's ascent to descent (1.36 em in the deck's Latin face), taller than its glyphs: lines 1.1 em
   * apart, as Mermaid sets its labels, share 20% and do not touch; lines 1 em apart share 27%.
   */
  overlapShare: 0.25,
  /** Sub-pixel rounding is not clipping; above and below a line, its box has room the glyphs do not fill. */
  clipPx: 1,
  clipEm: 0.2,
} as const

export type LegibilityKind = 'small-text' | 'contrast' | 'clipped' | 'overlap'

export interface Problem {
  kind: LegibilityKind
  message: string
  detail: Record<string, number>
}

/** Every legibility problem of one slide's text: per rule, the worst run and how many more. */
export function legibilityProblems(runs: readonly TextRun[]): Problem[] {
  return [...smallText(runs), ...lowContrast(runs), ...clipped(runs), ...overlapping(runs)]
}

function smallText(runs: readonly TextRun[]): Problem[] {
  const rule = (diagram: boolean, min: number, what: string): Problem[] => {
    const small = runs.filter(r => r.diagram === diagram && round(r.px, 1) < min).sort((a, b) => a.px - b.px)
    if (small.length === 0) return []
    const px = round(small[0]!.px, 1)
    return [
      {
        kind: 'small-text',
        message: `${what} ${px} px, under ${min} px: ${quote(small[0]!.text)}${more(small)}`,
        detail: { px, min, runs: small.length },
      },
    ]
  }
  const code = runs.filter(r => r.code && !r.diagram)
  const smallCode = code.filter(r => round(r.px, 1) < LEGIBLE.minCodePx).sort((a, b) => a.px - b.px)
  const codeRule: Problem[] = smallCode.length
    ? [
        {
          kind: 'small-text',
          message: `code ${round(smallCode[0]!.px, 1)} px, under ${LEGIBLE.minCodePx} px: ${quote(smallCode[0]!.text)}${more(smallCode)}`,
          detail: { px: round(smallCode[0]!.px, 1), min: LEGIBLE.minCodePx, runs: smallCode.length },
        },
      ]
    : []
  // Text under the general floor is reported once, as text, even in code.
  const text = rule(false, LEGIBLE.minPx, 'text')
  return [...text, ...(text.length ? [] : codeRule), ...rule(true, LEGIBLE.minDiagramPx, 'diagram label')]
}

/** The contrast a run needs: 3:1 for large text, as WCAG 2 allows, else 4.5:1. */
export function neededContrast(run: Pick<TextRun, 'px' | 'bold'>): number {
  const large = run.px >= LEGIBLE.largePx || (run.bold && run.px >= LEGIBLE.largeBoldPx)
  return large ? LEGIBLE.largeContrast : LEGIBLE.contrast
}

/** The run's contrast against what is behind it, with both colours as drawn. */
export function contrastOf(run: Pick<TextRun, 'color' | 'backdrop'>): { ratio: number; text: Rgb; behind: Rgb } | null {
  if (!run.color) return null
  const { text, behind } = composite(run.backdrop, run.color)
  return { ratio: contrastRatio(text, behind), text, behind }
}

function lowContrast(runs: readonly TextRun[]): Problem[] {
  const low = runs
    .map(run => ({ run, c: contrastOf(run), min: neededContrast(run) }))
    .filter((x): x is typeof x & { c: NonNullable<typeof x.c> } => x.c !== null && round(x.c.ratio, 2) < x.min)
    .sort((a, b) => a.c.ratio - b.c.ratio)
  if (low.length === 0) return []
  const { run, c, min } = low[0]!
  const ratio = round(c.ratio, 2)
  const message = `text contrast ${ratio}:1, under ${min}:1 (${hex(c.text)} on ${hex(c.behind)}): ${quote(run.text)}${more(low)}`
  return [{ kind: 'contrast', message, detail: { ratio, min, runs: low.length } }]
}

type Side = 'top' | 'right' | 'bottom' | 'left'

/** How far a run reaches past the box that clips it, beyond the tolerance; null when it does not. */
export function clipOf(run: Pick<TextRun, 'lines' | 'clip' | 'px'>): { side: Side; px: number } | null {
  const clip = run.clip
  if (!clip) return null
  const slack = {
    left: LEGIBLE.clipPx,
    right: LEGIBLE.clipPx,
    top: LEGIBLE.clipPx + LEGIBLE.clipEm * run.px,
    bottom: LEGIBLE.clipPx + LEGIBLE.clipEm * run.px,
  }
  let worst: { side: Side; px: number } | null = null
  for (const line of run.lines) {
    const past: Record<Side, number> = {
      left: clip.left - line.left,
      right: line.right - clip.right,
      top: clip.top - line.top,
      bottom: line.bottom - clip.bottom,
    }
    for (const side of ['left', 'right', 'top', 'bottom'] as const) {
      if (past[side] > slack[side] && (!worst || past[side] > worst.px)) worst = { side, px: past[side] }
    }
  }
  return worst && { side: worst.side, px: Math.round(worst.px) }
}

function clipped(runs: readonly TextRun[]): Problem[] {
  const cut = runs.flatMap(run => {
    const c = clipOf(run)
    return c ? [{ run, ...c }] : []
  })
  if (cut.length === 0) return []
  const { run, side, px } = cut.sort((a, b) => b.px - a.px)[0]!
  const by = run.clipBySvg ? 'its SVG' : 'its box'
  return [
    {
      kind: 'clipped',
      message: `text cut off ${px} px past the ${side} edge of ${by}: ${quote(run.text)}${more(cut)}`,
      detail: { [side]: px, runs: cut.length },
    },
  ]
}

/**
 * Pairs of lines that overlap: they share more than `overlapShare` of the smaller line's height
 * and some width. Lines of one run on the same line are one line; a line box lying wholly
 * within another on the same line (nested inline text) is not an overlap.
 */
export function overlapsOf(runs: readonly TextRun[]): { a: number; b: number; share: number }[] {
  const lines = runs.flatMap((run, i) => mergeLines(run.lines).map(line => ({ run: i, line })))
  const found: { a: number; b: number; share: number }[] = []
  for (let i = 0; i < lines.length; i++) {
    for (let j = i + 1; j < lines.length; j++) {
      const share = overlapShare(lines[i]!.line, lines[j]!.line)
      if (share > LEGIBLE.overlapShare) found.push({ a: lines[i]!.run, b: lines[j]!.run, share })
    }
  }
  return found
}

/** The part of the smaller line's height two lines share, when they also share width; else 0. */
export function overlapShare(a: Rect, b: Rect): number {
  const width = Math.min(a.right, b.right) - Math.max(a.left, b.left)
  const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top)
  if (width <= LEGIBLE.clipPx || height <= 0) return 0
  if (sameLine(a, b) && (within(a, b) || within(b, a))) return 0
  return height / Math.min(a.bottom - a.top, b.bottom - b.top)
}

function overlapping(runs: readonly TextRun[]): Problem[] {
  const pairs = overlapsOf(runs).sort((x, y) => y.share - x.share)
  if (pairs.length === 0) return []
  const { a, b, share } = pairs[0]!
  const percent = Math.round(share * 100)
  const which =
    a === b ? `${quote(runs[a]!.text)} (its own lines)` : `${quote(runs[a]!.text)} and ${quote(runs[b]!.text)}`
  return [
    {
      kind: 'overlap',
      message: `lines of text overlap by ${percent}% of a line: ${which}${more(pairs)}`,
      detail: { percent, pairs: pairs.length },
    },
  ]
}

/** A run's boxes with those on one line (same top and bottom) joined. */
function mergeLines(lines: readonly Rect[]): Rect[] {
  const merged: Rect[] = []
  for (const line of lines) {
    const same = merged.find(m => sameLine(m, line))
    if (!same) merged.push({ ...line })
    else Object.assign(same, { left: Math.min(same.left, line.left), right: Math.max(same.right, line.right) })
  }
  return merged
}

const sameLine = (a: Rect, b: Rect) => Math.abs(a.top - b.top) < 1 && Math.abs(a.bottom - b.bottom) < 1
const within = (inner: Rect, outer: Rect) => inner.left >= outer.left - 1 && inner.right <= outer.right + 1
const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits
const quote = (text: string) => `"${text}"`
const more = (list: readonly unknown[]) => (list.length > 1 ? ` and ${list.length - 1} more` : '')
