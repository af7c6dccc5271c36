// PowerPoint pieces several slide kinds are drawn with (a kind's `pptx`): the title and its
// rule, captions, lists of points. Drawn with the exporter's drawing API (export/pptx/drawing.ts).
import type { Box, Drawing, Part, Point } from '../export/pptx/drawing.ts'
import type { Bullet } from '../outline/fields.ts'
import { canvasHeight, theme } from '../theme.ts'
import { titleLines } from './fit.ts'

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

/** The drawn box of a part, or the given one. */
export const drawnOr = (d: Drawing, part: Part, fallback: Box): Box => d.drawn.parts[part] ?? fallback

/** Where a content slide's body starts: under its title and the gap. */
const bodyTop = (title: string) => room.top + titleLines(title) * type.title * 1.2 + space.titleGap

/** A content slide's title and the accent rule under it; returns where the body starts. */
export function titled(d: Drawing, title: string): number {
  const lines = titleLines(title)
  d.text(full(room.top, lines * type.title * 1.2), title, { px: type.title, bold: true, lineHeight: 1.2 })
  const top = bodyTop(title)
  d.rule({ x: room.x, y: top - space.titleGap / 2 - 2, width: 48, height: 4 }, 'accent')
  return top
}

/** A caption where the page drew it. */
export function captioned(d: Drawing, caption: string | undefined): void {
  if (!caption) return
  const line = type.caption * type.lineHeight
  const box = drawnOr(d, 'caption', full(room.bottom - line, line))
  d.text({ ...box, height: Math.max(box.height, line) }, caption, { px: type.caption, colour: 'muted' })
}

/** Points and sub-points as the drawing API's list takes them. */
export const pointsOf = (bullets: Bullet[]): Point[] =>
  bullets.flatMap(b =>
    typeof b === 'string'
      ? [{ runs: [{ text: b }], level: 0 }]
      : [{ runs: [{ text: b.text }], level: 0 }, ...b.sub.map(s => ({ runs: [{ text: s }], level: 1 }))],
  )
