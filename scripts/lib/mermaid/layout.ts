// How a pipeline reads best on a slide: left to right or top to bottom, and how narrow its
// labels are broken. The flowchart's size is estimated from its labels in the deck's font
// metrics and Mermaid's spacing, and the layout that can be scaled largest into the room under
// the title wins.
import { textWidth } from '../fonts/measure.ts'
import { contentRoom, theme } from '../theme.ts'
import { isChain, labelLines, type Pipeline, type PipelineLayout } from './pipeline.ts'

interface Size {
  width: number
  height: number
}

export interface Layout extends PipelineLayout {
  direction: 'LR' | 'TB'
}

// Mermaid's spacing as it comes out with the theme's flowchart settings (measured on drawings).
const PADDING = 2 * 20 // a node's padding, both sides
const RANK_SPACING = 56
const LABEL_PADDING = 16
const NODE_SPACING = 36
const LOOP_ROOM = 48 // a feedback edge curves around the nodes it skips
const LINE = 1.45 // line height of a label, in em
const ROW_ROOM = { width: 120, height: 40 } // what a row's (invisible) subgraph frame adds
/** Line widths tried for stage and edge labels, in em of the diagram's label size (undefined: no breaking). */
const LINE_WIDTHS: [number | undefined, number | undefined][] = [
  [undefined, undefined],
  [12, undefined],
  [9, 4.4],
  [7, 4.4],
  [7, 2.3],
  [5, 2.3],
]

/** Width and height of a block of label lines. */
function block(lines: string[], px: number): Size {
  const plain = lines.map(l => l.replace(/#\w+;/g, 'x'))
  return { width: Math.max(...plain.map(l => textWidth(l, { px }))), height: lines.length * LINE * px }
}

/** The flowchart's estimated size in a layout. */
export function pipelineSize(pipeline: Omit<Pipeline, 'direction'>, layout: Layout, px = theme.diagram.fontSize): Size {
  const { direction, lineWidth, edgeWidth } = layout
  const nodes = pipeline.stages.map(s => {
    const b = block([...labelLines(s.label, lineWidth), ...(s.detail ? labelLines(s.detail, lineWidth) : [])], px)
    return { width: b.width + PADDING, height: b.height + PADDING }
  })
  const forward = pipeline.edges.filter(e => !e.loop)
  const labels = forward.map(e =>
    e.label ? block(labelLines(e.label, edgeWidth), px) : { width: -LABEL_PADDING, height: -LABEL_PADDING },
  )
  const loops = pipeline.edges.length - forward.length
  const gaps = Math.max(0, nodes.length - 1)
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)
  const gap = (i: number, along: 'width' | 'height') =>
    RANK_SPACING + LABEL_PADDING + (labels[i]?.[along] ?? -LABEL_PADDING)
  if (layout.perRow && isChain(pipeline)) {
    const rows = Math.ceil(nodes.length / layout.perRow)
    const row = pipelineSize(
      { stages: pipeline.stages.slice(0, layout.perRow), edges: pipeline.edges.slice(0, layout.perRow - 1) },
      { ...layout, perRow: undefined, direction: 'LR' },
      px,
    )
    return {
      width: row.width + ROW_ROOM.width,
      height: rows * (row.height + ROW_ROOM.height) + (rows - 1) * (RANK_SPACING + 2 * LABEL_PADDING + LINE * px),
    }
  }
  if (direction === 'LR') {
    const width = sum(nodes.map(n => n.width)) + sum(Array.from({ length: gaps }, (_, i) => gap(i, 'width')))
    return { width, height: Math.max(...nodes.map(n => n.height), ...labels.map(l => l.height)) + loops * LOOP_ROOM }
  }
  const height = sum(nodes.map(n => n.height)) + sum(Array.from({ length: gaps }, (_, i) => gap(i, 'height')))
  return {
    width: Math.max(...nodes.map(n => n.width), ...labels.map(l => l.width)) + loops * LOOP_ROOM + NODE_SPACING,
    height,
  }
}

/** The layout in which the pipeline can be drawn largest in the room (the fewest line breaks on a tie). */
export function bestLayout(
  pipeline: Omit<Pipeline, 'direction'>,
  directions: readonly Layout['direction'][] = ['LR', 'TB'],
  room: Size = contentRoom(),
): Layout {
  let best: { layout: Layout; scale: number } | undefined
  for (const direction of directions) {
    for (const [lineEm, edgeEm] of LINE_WIDTHS) {
      const lineWidth = lineEm && lineEm * theme.diagram.fontSize
      const edgeWidth = edgeEm && edgeEm * theme.diagram.fontSize
      for (const perRow of rowChoices(pipeline, direction)) {
        const layout: Layout = {
          direction,
          ...(lineWidth ? { lineWidth } : {}),
          ...(edgeWidth ? { edgeWidth } : {}),
          ...(perRow ? { perRow } : {}),
        }
        if (best && tallestLabel(pipeline, layout) > MAX_LINES) continue
        const size = pipelineSize(pipeline, layout)
        const scale = Math.min(room.width / size.width, room.height / size.height)
        if (!best || scale > best.scale * 1.03) best = { layout, scale }
      }
    }
  }
  return best!.layout
}

/** A label of more lines than this reads as a column of words, not a label. */
const MAX_LINES = 4

function tallestLabel(pipeline: Omit<Pipeline, 'direction'>, { lineWidth }: Layout): number {
  return Math.max(
    ...pipeline.stages.map(
      s => labelLines(s.label, lineWidth).length + (s.detail ? labelLines(s.detail, lineWidth).length : 0),
    ),
  )
}

/** Stages per row worth trying: none (one line), and for a left-to-right chain of four or more, two to four rows. */
function rowChoices(pipeline: Omit<Pipeline, 'direction'>, direction: Layout['direction']): (number | undefined)[] {
  const n = pipeline.stages.length
  if (direction !== 'LR' || n < 4 || !isChain(pipeline)) return [undefined]
  return [undefined, ...new Set([2, 3, 4].map(rows => Math.ceil(n / rows)).filter(perRow => perRow >= 2))]
}
