// How a pipeline reads best on a slide. A chain goes on a grid (blocks.ts), in one row or
// snaking over several; a cycle around a ring; any other graph (forks, loops back) is a
// flowchart laid out left to right or top to bottom. Labels are broken at word boundaries into
// narrower lines as needed. Each drawing's size is estimated from its labels in the deck's font
// metrics and Mermaid's spacing, and the layout that can be scaled largest into the room under
// the title wins.
import { textWidth } from '../fonts/measure.ts'
import { contentRoom, theme } from '../theme.ts'
import { isChain, isCycle } from './grid.ts'
import { placeOnGrid } from './place.ts'
import { gridOf, labelLines, type Pipeline, type PipelineLayout } from './pipeline.ts'

interface Size {
  width: number
  height: number
}

export interface Layout extends PipelineLayout {
  direction: 'LR' | 'TB'
}

/** What the layout may choose from: the directions of a flowchart, and whether the stages form a ring. */
export interface Choices {
  directions?: readonly Layout['direction'][]
  /** Draw around a ring whatever the edges (the outline's `shape: cycle`). */
  cycle?: boolean
}

// Mermaid's spacing as it comes out with the theme's flowchart settings (measured on drawings).
const PADDING = 2 * 20 // a node's padding, both sides
const RANK_SPACING = 56
const LABEL_PADDING = 16
const NODE_SPACING = 36
const LOOP_ROOM = 48 // a feedback edge curves around the nodes it skips
const LINE = 1.45 // line height of a label, in em
// A block diagram's (measured): a box's padding across and down, and what a gap adds to half a box.
const BOX_PADDING = { width: 40, height: 16 }
const GAP_ROOM = { width: 12, height: 16 }
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
  return { width: Math.max(0, ...plain.map(l => textWidth(l, { px }))), height: lines.length * LINE * px }
}

const stageLines = (s: Pipeline['stages'][number], width?: number) => [
  ...labelLines(s.label, width),
  ...(s.detail ? labelLines(s.detail, width) : []),
]

/** The drawing's estimated size in a layout. */
export function pipelineSize(pipeline: Omit<Pipeline, 'direction'>, layout: Layout, px = theme.diagram.fontSize): Size {
  const { direction, lineWidth, edgeWidth } = layout
  const nodes = pipeline.stages.map(s => block(stageLines(s, lineWidth), px))
  const labels = pipeline.edges.map(e => (e.label ? block(labelLines(e.label, edgeWidth), px) : undefined))
  const grid = gridOf(pipeline, layout)
  const max = (values: number[]) => Math.max(0, ...values)
  if (grid) {
    // Every box as large as the largest; a gap part of a box across, a whole box down.
    const box = {
      width: max(nodes.map(n => n.width)) + BOX_PADDING.width,
      height: max(nodes.map(n => n.height)) + BOX_PADDING.height,
    }
    const gap = {
      width: gapWidth(box.width, layout.boxSpan ?? 2),
      // Mermaid makes every row as high as the highest, a row of space too.
      height: Math.max(box.height + GAP_ROOM.height, max(labels.map(l => l?.height ?? 0)) + 2 * LABEL_PADDING),
    }
    return {
      width: grid.cols * box.width + (grid.cols - 1) * gap.width,
      height: grid.rows * box.height + (grid.rows - 1) * gap.height,
    }
  }
  const boxes = nodes.map(n => ({ width: n.width + PADDING, height: n.height + PADDING }))
  const forward = pipeline.edges.flatMap((e, i) => (e.loop ? [] : [labels[i]]))
  const loops = pipeline.edges.length - forward.length
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)
  const gap = (i: number, along: 'width' | 'height') =>
    RANK_SPACING + LABEL_PADDING + (forward[i] ? forward[i]![along] : -LABEL_PADDING)
  const gaps = Array.from({ length: Math.max(0, boxes.length - 1) }, (_, i) => i)
  if (direction === 'LR')
    return {
      width: sum(boxes.map(n => n.width)) + sum(gaps.map(i => gap(i, 'width'))),
      height: max([...boxes.map(n => n.height), ...forward.map(l => l?.height ?? 0)]) + loops * LOOP_ROOM,
    }
  return {
    width: max([...boxes.map(n => n.width), ...forward.map(l => l?.width ?? 0)]) + loops * LOOP_ROOM + NODE_SPACING,
    height: sum(boxes.map(n => n.height)) + sum(gaps.map(i => gap(i, 'height'))),
  }
}

/** The layout in which the pipeline can be drawn largest in the room (the fewest line breaks on a tie). */
export function bestLayout(
  pipeline: Omit<Pipeline, 'direction'>,
  given: Choices | readonly Layout['direction'][] = {},
  room: Size = contentRoom(),
): Layout {
  const choices: Choices = Array.isArray(given) ? { directions: given } : (given as Choices)
  const directions = choices.directions ?? ['LR', 'TB']
  let best: { layout: Layout; scale: number } | undefined
  for (const shape of shapes(pipeline, directions, choices.cycle)) {
    for (const [lineEm, edgeEm] of LINE_WIDTHS) {
      const lineWidth = lineEm && lineEm * theme.diagram.fontSize
      const edgeWidth = edgeEm && edgeEm * theme.diagram.fontSize
      const layout = withinGaps(pipeline, {
        ...shape,
        ...(lineWidth ? { lineWidth } : {}),
        ...(edgeWidth ? { edgeWidth } : {}),
      })
      if (best && tallestLabel(pipeline, layout) > MAX_LINES) continue
      const size = pipelineSize(pipeline, layout)
      const scale = Math.min(room.width / size.width, room.height / size.height)
      if (!best || scale > best.scale * 1.03) best = { layout, scale }
    }
  }
  return best!.layout
}

/**
 * On a grid, the gap between two boxes as narrow as leaves room for the connector and the longest
 * word of its label, and edge labels broken to fit it (their lines no wider than the gap).
 */
function withinGaps(pipeline: Omit<Pipeline, 'direction'>, layout: Layout, px = theme.diagram.fontSize): Layout {
  if (!gridOf(pipeline, layout)) return layout
  const box = Math.max(0, ...pipeline.stages.map(s => block(stageLines(s, layout.lineWidth), px).width))
  const word = Math.max(
    MIN_CONNECTOR,
    ...pipeline.edges.map(e => (e.label ? block(labelLines(e.label, 1), px).width : 0)),
  )
  const room = (span: number) => Math.floor(gapWidth(box + BOX_PADDING.width, span) - 2 * LABEL_PADDING)
  const boxSpan = [4, 3, 2].find(span => room(span) >= word) ?? 1
  const edgeWidth =
    layout.edgeWidth !== undefined && layout.edgeWidth <= room(boxSpan) ? layout.edgeWidth : room(boxSpan)
  return { ...layout, edgeWidth, ...(boxSpan !== 2 ? { boxSpan } : {}) }
}

/** The shortest connector between two boxes side by side that reads as one, in px. */
const MIN_CONNECTOR = 40

/** The gap between two boxes of this width, a box spanning `span` columns and the gap one. */
const gapWidth = (box: number, span: number) => box / span + GAP_ROOM.width

/** A label of more lines than this reads as a column of words, not a label. */
const MAX_LINES = 4

function tallestLabel(pipeline: Omit<Pipeline, 'direction'>, { lineWidth }: Layout): number {
  return Math.max(...pipeline.stages.map(s => stageLines(s, lineWidth).length))
}

/**
 * The shapes worth trying: a cycle around a ring; a chain in one row, or snaking over two to
 * four rows (top to bottom: one column); anything else as a flowchart in each direction.
 */
export function shapes(
  pipeline: Omit<Pipeline, 'direction'>,
  directions: readonly Layout['direction'][],
  cycle = false,
): Layout[] {
  const n = pipeline.stages.length
  if (cycle || isCycle(pipeline)) return [{ direction: 'LR', ring: true }]
  if (!isChain(pipeline)) return [...directions.map(direction => ({ direction })), ...grids(pipeline)]
  const perRow = new Set<number>()
  if (directions.includes('LR')) [1, 2, 3, 4].forEach(rows => n >= rows && perRow.add(Math.ceil(n / rows)))
  if (directions.includes('TB')) perRow.add(1)
  return [...perRow].filter(k => k >= 1).map(k => ({ direction: 'LR' as const, perRow: k }))
}

/** Grids of up to four rows that a small pipeline with forks or loops can be placed on (place.ts). */
function grids(pipeline: Omit<Pipeline, 'direction'>): Layout[] {
  const n = pipeline.stages.length
  if (n > MAX_PLACED) return []
  const found: Layout[] = []
  for (let rows = 1; rows <= 4; rows++)
    for (let cols = 2; cols <= 5; cols++) {
      if (rows * cols < n || rows * cols > n + 4) continue
      const grid = placeOnGrid(pipeline, rows, cols)
      if (grid) found.push({ direction: 'LR', grid })
    }
  return found
}

/** Larger pipelines are left to the flowchart's own layout: the search grows too fast. */
const MAX_PLACED = 9
