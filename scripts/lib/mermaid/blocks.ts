// A pipeline placed on a grid (grid.ts) as a Mermaid block diagram: every box the same size,
// boxes some columns wide with a one-column gap between them for the connector and its label (the
// narrower the box, the wider the gap), and a row of space between rows of boxes. Connectors join neighbouring cells straight, so none passes
// another box; Mermaid puts each label on an opaque backing in the middle of its connector.
import { mermaidEdgeLabel, mermaidId } from './escape.ts'
import type { Grid } from './grid.ts'
import { labelLines, splitLines, type Pipeline, type PipelineLayout } from './pipeline.ts'

/** The block diagram of a pipeline whose stages sit in `grid`'s cells. */
export function blockCode(pipeline: Omit<Pipeline, 'direction'>, grid: Grid, layout: PipelineLayout = {}): string {
  const span = layout.boxSpan ?? 2
  const width = grid.cols * span + grid.cols - 1
  const byCell = new Map(pipeline.stages.map(s => [`${grid.at[s.id]!.row},${grid.at[s.id]!.col}`, s]))
  const lines = ['block-beta', `  columns ${width}`]
  for (let row = 0; row < grid.rows; row++) {
    if (row > 0) lines.push(`  space:${width}`)
    const cells: string[] = []
    for (let col = 0; col < grid.cols; col++) {
      if (col > 0) cells.push('space')
      const stage = byCell.get(`${row},${col}`)
      const cell = stage ? stageBlock(stage, layout.lineWidth) : 'space'
      cells.push(span > 1 ? `${cell}:${span}` : cell)
    }
    lines.push(`  ${cells.join(' ')}`)
  }
  for (const edge of pipeline.edges) {
    const [from, to] = [mermaidId(edge.from), mermaidId(edge.to)]
    const label = edge.label ? mermaidEdgeLabel(splitLines(edge.label, layout.edgeWidth)) : undefined
    if (edge.loop) lines.push(label ? `  ${from} -. ${label} .-> ${to}` : `  ${from} -.-> ${to}`)
    else lines.push(label ? `  ${from} -- ${label} --> ${to}` : `  ${from} --> ${to}`)
  }
  return lines.join('\n')
}

function stageBlock(stage: Pipeline['stages'][number], width?: number): string {
  const text = [...labelLines(stage.label, width), ...(stage.detail ? labelLines(stage.detail, width) : [])]
  return `${mermaidId(stage.id)}["${text.join('<br>')}"]`
}
