// A timeline's PowerPoint slide in native shapes: the axis, its periods and ticks as filled
// rectangles, every date and label as a text box, where the page drew the timeline (its FitBox)
// and as the slide laid it out (./layout.ts). Stems run square: up (or down) from the tick, across,
// and on to the label, since the drawing API has rectangles and no slanted lines. Revealed, each
// event appears on its own click as components/TimeAxis.vue shows it: the first from the start.
import type { Box, Colour, Drawing } from '../export/pptx/drawing.ts'
import { room } from '../kinds/drawn.ts'
import { LINE_HEIGHT, type AxisLayout, type Line } from './layout.ts'

const COLOUR: Record<Line['role'], Colour> = { date: 'accent', label: 'text', detail: 'muted', period: 'text' }

export function drawTimeline(d: Drawing, layout: AxisLayout, top: number, reveal = false): void {
  const fig = d.drawn.figure
  const s = fig ? Math.min(fig.width / layout.width, fig.height / layout.height) : 1
  const ox = fig ? fig.x + (fig.width - layout.width * s) / 2 : room.x
  const oy = fig
    ? fig.y + (fig.height - layout.height * s) / 2
    : top + Math.max(0, (room.bottom - top - layout.height) / 2)
  const box = (x: number, y: number, width: number, height: number): Box => ({
    x: ox + x * s,
    y: oy + y * s,
    width: Math.max(1, width * s),
    height: Math.max(1, height * s),
  })
  const { axis } = layout
  const thick = axis.bottom - axis.top > 8
  d.rule(box(0, axis.top, layout.width, axis.bottom - axis.top), thick ? 'grid' : 'muted')
  for (const p of layout.periods) {
    d.rule(box(p.x1, axis.top, p.x2 - p.x1, axis.bottom - axis.top), 'tint')
    p.lines.forEach(l => line(l, p.x2 - p.x1, 0))
  }
  const mid = (axis.top + axis.bottom) / 2
  for (const [i, e] of layout.events.entries()) {
    const click = reveal ? i : 0
    const edge = !thick ? mid : e.side === 'above' ? axis.top : axis.bottom
    if (e.span) {
      const strip = layout.periods.length > 0
      const y = !strip ? axis.top : e.side === 'above' ? axis.top : axis.bottom - 6
      const h = strip ? 6 : axis.bottom - axis.top
      d.rule(box(e.span[0] + 1, y, e.span[1] - e.span[0] - 2, h), strip ? 'accent' : 'tint', click)
    }
    const [x1, y1, x2, y2] = e.stem
    const turn = (y1 + y2) / 2
    d.rule(box(x1 - 1, Math.min(y1, turn), 2, Math.abs(turn - y1)), 'muted', click)
    if (Math.abs(x2 - x1) > 1) d.rule(box(Math.min(x1, x2) - 1, turn - 1, Math.abs(x2 - x1) + 2, 2), 'muted', click)
    d.rule(box(x2 - 1, Math.min(turn, y2), 2, Math.abs(y2 - turn)), 'muted', click)
    d.rule(box(e.x - 7, edge - 7, 14, 14), 'accent', click)
    e.lines.forEach(l => line(l, e.box.width, click))
  }

  function line(l: Line, width: number, click: number): void {
    const height = l.px * LINE_HEIGHT
    d.text(box(l.x - width / 2 - 8, l.y - l.px * 1.0, width + 16, height), l.text, {
      px: l.px * s,
      bold: l.role !== 'detail',
      colour: COLOUR[l.role],
      align: 'center',
      valign: 'middle',
      lineHeight: 1,
      click,
    })
  }
}
