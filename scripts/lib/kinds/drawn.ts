// PowerPoint pieces several slide kinds are drawn with (a kind's `pptx`): the title and its
// rule, captions, lists of points. Drawn with the exporter's drawing API (export/pptx/drawing.ts).
import type { Box, Drawing, Point, Run } from '../export/pptx/drawing.ts'
import type { Bullet } from '../outline/fields.ts'
import type { Span } from '../outline/inline.ts'
import { headOf, spansOf, subOf } from '../outline/points.ts'
import { canvasHeight, theme } from '../theme.ts'

const { type, space } = theme

/** The room of a slide's content: the canvas less its padding. */
export const room = {
  x: space.padX,
  width: theme.canvas.width - 2 * space.padX,
  top: space.padTop,
  bottom: canvasHeight() - space.padBottom,
}

/** A box across the content's width. */
export const full = (y: number, height: number): Box => ({ x: room.x, y, width: room.width, height })

/** A content slide's title and the accent rule under it, where the page drew them; returns where the body starts. */
export function titled(d: Drawing, title: string): number {
  const box = d.drawn.parts.title
  if (!box) return room.top
  d.text('title', title, { px: type.title, bold: true, lineHeight: 1.2 })
  const bottom = box.y + box.height
  d.rule({ x: room.x, y: bottom + space.titleGap / 2 - 2, width: 48, height: 4 }, 'accent')
  return bottom + space.titleGap
}

/** A caption where the page drew it, centred as there. */
export function captioned(d: Drawing, caption: string | undefined): void {
  if (caption) d.text('caption', caption, { px: type.caption, colour: 'muted', align: 'center' })
}

/** Points and sub-points as the drawing API's list takes them. */
export const pointsOf = (bullets: Bullet[]): Point[] =>
  bullets.flatMap(b => [pointOf(spansOf(headOf(b)), 0), ...subOf(b).map(s => pointOf(spansOf(s), 1))])

/** A point: its runs, or the formula it displays. */
function pointOf(spans: Span[], level: number): Point {
  const [only] = spans
  if (spans.length === 1 && only?.type === 'math' && only.display) return { runs: [], formula: only.tex, level }
  return { runs: runsOf(spans), level }
}

/** A point's spans as runs of text, strong ones bold and emphasised ones italic. */
function runsOf(spans: readonly Span[], style: { bold?: boolean; italic?: boolean } = {}): Run[] {
  return spans.flatMap((s): Run[] => {
    if (s.type === 'strong' || s.type === 'emphasis')
      return runsOf(s.children, { ...style, ...(s.type === 'strong' ? { bold: true } : { italic: true }) })
    if (s.type === 'link') return runsOf(s.children, style)
    return [s.type === 'math' ? { text: s.tex, math: true, ...style } : { text: s.text, ...style }]
  })
}
