import type { SlideOf } from '../outline/schema.ts'
import { mermaidEdgeLabel, mermaidId, mermaidLabel } from './escape.ts'

type Pipeline = Pick<SlideOf<'pipeline'>, 'direction' | 'stages' | 'edges'>

/** A pipeline slide's stages and edges → a Mermaid flowchart; loop edges are dotted. */
export function pipelineCode({ direction, stages, edges }: Pipeline): string {
  const lines = [`flowchart ${direction}`]
  for (const stage of stages) {
    const label = mermaidLabel(stage.label)
    const text = stage.detail ? `${label}<br>${mermaidLabel(stage.detail)}` : label
    lines.push(`  ${mermaidId(stage.id)}["${text}"]`)
  }
  for (const edge of edges) {
    const arrow = edge.loop ? '-.->' : '-->'
    const label = edge.label ? `|${mermaidEdgeLabel(edge.label)}|` : ''
    lines.push(`  ${mermaidId(edge.from)} ${arrow}${label} ${mermaidId(edge.to)}`)
  }
  return lines.join('\n')
}
