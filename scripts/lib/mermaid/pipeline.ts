import { breakLines } from '../fonts/measure.ts'
import { theme } from '../theme.ts'
import { mermaidEdgeLabel, mermaidId, mermaidLabel } from './escape.ts'

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
  /** Lay a chain of stages out in rows of this many, read left to right and top to bottom. */
  perRow?: number
}

/** Whether the edges run stage to next stage in outline order, and nothing else (rows can hold it). */
export function isChain({ stages, edges }: Omit<Pipeline, 'direction'>): boolean {
  return (
    edges.length === stages.length - 1 &&
    edges.every((e, i) => !e.loop && e.from === stages[i]!.id && e.to === stages[i + 1]!.id)
  )
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
  if (layout.perRow && isChain(pipeline)) return chainInRows(pipeline, layout)
  const lines = [`flowchart ${direction}`]
  for (const stage of stages) lines.push(`  ${stageNode(stage, layout.lineWidth)}`)
  for (const edge of edges)
    lines.push(
      `  ${mermaidId(edge.from)} ${edge.loop ? '-.->' : '-->'}${edgeLabel(edge, layout.edgeWidth)} ${mermaidId(edge.to)}`,
    )
  return lines.join('\n')
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

/** A chain of stages in rows: each row a subgraph read left to right, rows linked top to bottom. */
function chainInRows(
  { stages, edges }: Pipeline,
  { lineWidth, edgeWidth, perRow = stages.length }: PipelineLayout,
): string {
  const lines = ['flowchart TB']
  const rows: string[] = []
  for (let start = 0; start < stages.length; start += perRow) {
    const row = `row${rows.length + 1}`
    rows.push(row)
    lines.push(`  subgraph ${row} [" "]`, '    direction LR')
    const end = Math.min(start + perRow, stages.length)
    for (let i = start; i < end; i++) lines.push(`    ${stageNode(stages[i]!, lineWidth)}`)
    for (let i = start; i < end - 1; i++)
      lines.push(
        `    ${mermaidId(stages[i]!.id)} -->${edgeLabel(edges[i]!, edgeWidth)} ${mermaidId(stages[i + 1]!.id)}`,
      )
    lines.push('  end')
  }
  // The edge that leaves a row's last stage links the row to the next (an edge between two rows' stages would undo the rows).
  for (let r = 1; r < rows.length; r++)
    lines.push(`  ${rows[r - 1]} -->${edgeLabel(edges[r * perRow - 1]!, edgeWidth)} ${rows[r]}`)
  for (const row of rows) lines.push(`  style ${row} fill:none,stroke:none`)
  return lines.join('\n')
}
