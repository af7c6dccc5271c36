import { breakLines } from '../fonts/measure.ts'
import { theme } from '../theme.ts'
import { blockCode } from './blocks.ts'
import { mermaidEdgeLabel, mermaidId, mermaidLabel } from './escape.ts'
import { isChain, ring, snake, type Grid } from './grid.ts'

export { isChain } from './grid.ts'

export interface Pipeline {
  direction: 'LR' | 'TB'
  stages: { id: string; label: string; detail?: string }[]
  edges: { from: string; to: string; label?: string; loop: boolean }[]
}

export interface PipelineLayout {
  /** Break stage labels into lines at most this wide (px at the diagram's label size); none if absent. */
  lineWidth?: number
  /** The same for edge labels. */
  edgeWidth?: number
  /** Lay a chain of stages out on a grid in rows of this many, read as a snake (grid.ts). */
  perRow?: number
  /** Lay the stages out in these cells of a grid (place.ts). */
  grid?: Grid
  /** Lay the stages out around a ring (grid.ts): a cycle. */
  ring?: boolean
  /** On a grid, the columns a box spans, the gap between two boxes being one: 1 leaves a box's width between boxes, 4 a quarter of it (default 2). */
  boxSpan?: number
}

/** A text broken into lines of at most `width` px (and at its own line breaks). */
export function splitLines(text: string, width?: number): string[] {
  const parts = text.split('\n').filter(p => p.trim())
  return parts.flatMap(part => (width ? breakLines(part, width, { px: theme.diagram.fontSize }) : [part]))
}

/** The same, each line escaped for a node label. */
export function labelLines(text: string, width?: number): string[] {
  return splitLines(text, width).map(mermaidLabel)
}

/** A pipeline slide's stages and edges → a Mermaid flowchart; loop edges are dotted. */
export function pipelineCode(pipeline: Pipeline, layout: PipelineLayout = {}): string {
  const { direction, stages, edges } = pipeline
  const grid = gridOf(pipeline, layout)
  if (grid) return blockCode(pipeline, grid, layout)
  const lines = [`flowchart ${direction}`]
  for (const stage of stages) lines.push(`  ${stageNode(stage, layout.lineWidth)}`)
  for (const edge of edges)
    lines.push(
      `  ${mermaidId(edge.from)} ${edge.loop ? '-.->' : '-->'}${edgeLabel(edge, layout.edgeWidth)} ${mermaidId(edge.to)}`,
    )
  return lines.join('\n')
}

/** The cells a grid layout puts the stages in; none for a flowchart. */
export function gridOf(pipeline: Omit<Pipeline, 'direction'>, layout: PipelineLayout): Grid | undefined {
  const ids = pipeline.stages.map(s => s.id)
  if (layout.grid) return layout.grid
  if (layout.ring) return ring(ids)
  if (layout.perRow && isChain(pipeline)) return snake(ids, layout.perRow)
  return undefined
}

function stageNode(stage: Pipeline['stages'][number], width?: number): string {
  const text = [...labelLines(stage.label, width), ...(stage.detail ? labelLines(stage.detail, width) : [])].join(
    '<br>',
  )
  return `${mermaidId(stage.id)}["${text}"]`
}

function edgeLabel(edge: { label?: string }, width?: number): string {
  return edge.label ? `|${mermaidEdgeLabel(splitLines(edge.label, width))}|` : ''
}
