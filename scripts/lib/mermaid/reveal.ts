// A diagram built up click by click: which click shows each element of the Mermaid drawing.
// Pure: the outline's stages and edges in, the ids Mermaid gives the drawn elements out (a
// flowchart node's `data-id` is its Mermaid id; an edge's is `L_<from>_<to>_<n>`, n being 0 for the
// first edge between two nodes and 2, 3… for the next ones, as Mermaid's flowchart numbers them;
// a block diagram's ids are translated to those by the component).
// components/RevealDiagram.vue shows or hides those elements as Slidev's click count moves,
// so the drawing is laid out once and never moves.
import { mermaidId } from './escape.ts'
import type { Pipeline, PipelineLayout } from './pipeline.ts'

/** Stage ids, or groups of stage ids, in the order they appear: one entry per click. */
export type Steps = (string | string[])[]

export interface Reveal {
  /** The clicks the slide takes: one fewer than its steps, the first step being there from the start. */
  clicks: number
  /** Element id in the drawing → the click from which it shows (0: from the start). */
  at: Record<string, number>
}

/** The steps in which the stages appear: the `steps` given first, then every other stage on a click of its own, in outline order. */
export function stepsOf(stages: readonly { id: string }[], steps: Steps = []): string[][] {
  const listed = steps.map(step => (typeof step === 'string' ? [step] : [...step]))
  const named = new Set(listed.flat())
  return [...listed, ...stages.filter(s => !named.has(s.id)).map(s => [s.id])]
}

/**
 * When each stage and edge of a pipeline shows. A stage shows on its step's click; an edge
 * shows once both its ends do (a loop back into an earlier stage with the later one, an edge
 * into a stage not yet shown with that stage). The ids are the same whatever the drawing's form:
 * RevealDiagram.vue reads a block diagram's ids as a flowchart's.
 */
export function revealPipeline(
  pipeline: Omit<Pipeline, 'direction'>,
  _layout: PipelineLayout = {},
  steps?: Steps,
): Reveal {
  const groups = stepsOf(pipeline.stages, steps)
  const click = new Map<string, number>()
  groups.forEach((group, i) => group.forEach(stage => click.set(stage, i)))
  const at: Record<string, number> = {}
  for (const stage of pipeline.stages) at[mermaidId(stage.id)] = click.get(stage.id) ?? 0
  const numbered = edgeIds()
  const end = (id: string) => click.get(id) ?? 0

  for (const edge of pipeline.edges)
    at[numbered(mermaidId(edge.from), mermaidId(edge.to))] = Math.max(end(edge.from), end(edge.to))
  return { clicks: Math.max(0, groups.length - 1), at }
}

/** Mermaid's edge ids, in the order the edges are written: `L_a_b_0`, then `L_a_b_2`, `L_a_b_3`… for more edges a → b. */
function edgeIds(): (from: string, to: string) => string {
  const seen = new Map<string, number>()
  return (from, to) => {
    const key = `${from}\u0000${to}`
    const before = seen.get(key) ?? 0
    seen.set(key, before + 1)
    return `L_${from}_${to}_${before === 0 ? 0 : before + 1}`
  }
}

/** The `at` map as the Vue prop the slide's Markdown passes: `{ sft: 0, rm: 1, L_sft_rm_0: 1 }` (ids are [A-Za-z0-9_]). */
export function revealProp(reveal: Reveal): string {
  return `{ ${Object.entries(reveal.at)
    .map(([id, click]) => `${id}: ${click}`)
    .join(', ')} }`
}
