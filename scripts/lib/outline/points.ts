// A list's points as the kinds read them, whatever form each takes in the outline: plain text,
// `{ markdown }` or `{ math }`, with or without sub-points. Pure.
import type { Bullet, Point } from './fields.ts'
import { parseInline, spansText, type Span } from './inline.ts'
import { findMath } from './math.ts'

/** A bullet's own point (its text, Markdown or formula), without its sub-points. */
export function headOf(bullet: Bullet): Point {
  if (typeof bullet === 'string') return bullet
  if ('text' in bullet) return bullet.text
  if ('markdown' in bullet) return { markdown: bullet.markdown }
  return { math: bullet.math }
}

/** A bullet's sub-points (none for most). */
export const subOf = (bullet: Bullet): Point[] => (typeof bullet === 'object' && 'sub' in bullet ? bullet.sub : [])

/** What a point is made of. */
export function spansOf(point: Point): Span[] {
  if (typeof point === 'string') return [{ type: 'text', text: point }]
  if ('markdown' in point) return parseInline(point.markdown)
  return [{ type: 'math', tex: point.math, display: true }]
}

/** A point as a reader sees it (math as its LaTeX). */
export const pointText = (point: Point): string => spansText(spansOf(point))

/** Whether a point is a display formula, alone on its line. */
export const isFormula = (point: Point): point is { math: string } => typeof point === 'object' && 'math' in point

/** Whether a slide's content holds a formula anywhere (a `math` point, or $…$ in a `markdown` one). */
export function holdsMath(value: unknown, key?: string): boolean {
  if (typeof value === 'string') return key === 'markdown' && findMath(value).length > 0
  if (Array.isArray(value)) return value.some(v => holdsMath(v))
  if (value === null || typeof value !== 'object') return false
  return Object.entries(value).some(([k, v]) => (k === 'math' && typeof v === 'string') || holdsMath(v, k))
}
