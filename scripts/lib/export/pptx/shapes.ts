// A diagram's boxes and arrows as native PowerPoint shapes: a box is a rounded rectangle with
// its text; an arrow is drawn as a line named after the boxes and sides it joins, which
// connectors.ts then turns into a connector glued to those sides (pptxgenjs writes no connectors).
import type PptxGenJS from 'pptxgenjs'
import type { Box, Connection, Run, Side, TextStyle } from './drawing.ts'
import { breakLines, textWidth } from '../../fonts/measure.ts'
import { pieces } from './runs.ts'
import { colour, fontFor, inch, pt } from './style.ts'
import { builtName, builtOn } from './builds.ts'

type Slide = PptxGenJS.Slide

/** The name a node's shape carries, found again by connectors.ts. */
export const nodeName = (id: string) => `node ${id}`

/** A connector's name: `edge <from> <side> <to> <side>`, and for a loop under the boxes how deep it dips (px). */
export const edgeName = (from: string, to: string, c: Connection) =>
  `edge ${from} ${c.from} ${to} ${c.to}${c.from === c.to ? ` ${Math.round(loopDepth(c.px))}` : ''}`

export function node(slide: Slide, id: string, box: Box, runs: Run[], style: TextStyle, lang: string): void {
  slide.addText(
    runs.flatMap((run, i) =>
      pieces(run, style, lang).map((piece, p, all) => ({
        text: piece.text,
        options: { ...piece.options, breakLine: i < runs.length - 1 && p === all.length - 1 },
      })),
    ),
    {
      shape: 'roundRect',
      rectRadius: 0.08,
      x: inch(box.x),
      y: inch(box.y),
      w: inch(box.width),
      h: inch(box.height),
      fill: { color: colour('tint') },
      line: { color: colour('accent'), width: 1.5 },
      align: 'center',
      valign: 'middle',
      margin: pt(style.px * 0.4),
      fit: 'shrink',
      objectName: style.click ? builtName(nodeName(id), style.click) : nodeName(id),
    },
  )
}

/** The point on a box's side where a connector is glued. */
export function sidePoint(box: Box, side: Side): { x: number; y: number } {
  const cx = box.x + box.width / 2
  const cy = box.y + box.height / 2
  return side === 'top'
    ? { x: cx, y: box.y }
    : side === 'bottom'
      ? { x: cx, y: box.y + box.height }
      : side === 'left'
        ? { x: box.x, y: cy }
        : { x: box.x + box.width, y: cy }
}

/**
 * An arrow between two boxes' sides (as a line for connectors.ts to glue), and its label on an
 * opaque backing at the middle of its path.
 */
export function arrow(slide: Slide, from: Box, to: Box, name: string, c: Connection, lang: string): void {
  const a = sidePoint(from, c.from)
  const b = sidePoint(to, c.to)
  slide.addShape('line', {
    x: inch(Math.min(a.x, b.x)),
    y: inch(Math.min(a.y, b.y)),
    w: inch(Math.abs(b.x - a.x)),
    h: inch(Math.abs(b.y - a.y)),
    flipH: b.x < a.x,
    flipV: b.y < a.y,
    line: { color: colour('accent'), width: 1.75, endArrowType: 'triangle', ...(c.dashed ? { dashType: 'dash' } : {}) },
    objectName: c.click ? builtName(name, c.click) : name,
  })
  if (!c.label) return
  // Beside the line, never on it: above a level arrow, right of an upright one, under a loop's run.
  const level = Math.abs(b.y - a.y) < Math.abs(b.x - a.x)
  // A level arrow's label no wider than the gap it spans (it would hide the boxes' words), its
  // words kept whole; a longer label takes more lines.
  const room = level && c.from !== c.to ? Math.max(Math.abs(b.x - a.x) - c.px, c.px * 4) : Infinity
  const lines = breakLines(c.label, room, { px: c.px })
  const width = Math.max(...lines.map(line => textWidth(line, { px: c.px }))) + c.px
  const height = lines.length * c.px * 1.25 + c.px * 0.15
  const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }
  const at =
    c.from === c.to
      ? { x: mid.x - width / 2, y: Math.max(a.y, b.y) + loopDepth(c.px) + c.px * 0.2 }
      : level
        ? { x: mid.x - width / 2, y: mid.y - height - c.px * 0.2 }
        : { x: mid.x + c.px * 0.4, y: mid.y - height / 2 }
  const runs = lines.flatMap((line, i) =>
    pieces({ text: line }, { px: c.px, colour: 'muted' }, lang).map((piece, j, all) => ({
      ...piece,
      options: { ...piece.options, breakLine: i < lines.length - 1 && j === all.length - 1 },
    })),
  )
  slide.addText(runs, {
    x: inch(at.x),
    y: inch(at.y),
    w: inch(width),
    h: inch(height),
    fill: { color: colour('background') },
    align: 'center',
    valign: 'middle',
    margin: 0,
    ...builtOn('Label', c.click),
  })
}

/** How far a loop (a connector from one bottom side to another) dips below its boxes. */
export const loopDepth = (px: number) => px * 1.6

/** Horizontal bars as a native chart, first bar on top (PowerPoint stacks categories from the bottom). */
export function bars(
  slide: Slide,
  box: Box,
  items: { label: string; value: number }[],
  style: { px: number; log: boolean; unit?: string; altText: string },
): void {
  const top = [...items].reverse()
  const font = fontFor(items.map(i => i.label).join(''))
  slide.addChart('bar', [{ name: style.unit ?? '', labels: top.map(i => i.label), values: top.map(i => i.value) }], {
    x: inch(box.x),
    y: inch(box.y),
    w: inch(box.width),
    h: inch(box.height),
    barDir: 'bar',
    chartColors: [colour('accent')],
    barGapWidthPct: 60,
    catAxisLabelFontFace: font,
    catAxisLabelFontSize: pt(style.px),
    catAxisLabelColor: colour('text'),
    valAxisLabelFontFace: font,
    valAxisLabelFontSize: pt(style.px * 0.9),
    valAxisLabelColor: colour('muted'),
    ...(style.log ? { valAxisLogScaleBase: 10 } : {}),
    ...(style.unit
      ? { showValAxisTitle: true, valAxisTitle: style.unit, valAxisTitleFontSize: pt(style.px * 0.9) }
      : {}),
    valGridLine: { color: colour('grid'), size: 0.75 },
    showLegend: false,
    showValue: true,
    dataLabelFontSize: pt(style.px * 0.9),
    dataLabelColor: colour('text'),
    altText: style.altText,
  })
}
