import { z } from 'zod'
import type { Words } from '../emit/words.ts'
import type { ErrorCode, Problem } from '../errors.ts'
import { bestLayout } from '../mermaid/layout.ts'
import { pipelineCode } from '../mermaid/pipeline.ts'
import { revealPipeline, stepsOf, type Steps } from '../mermaid/reveal.ts'
import { id, slideSchema, text } from '../outline/fields.ts'
import type { Path } from '../outline/places.ts'
import { contentRoom, theme } from '../theme.ts'
import { titleLines } from './fit.ts'
import { captionHeight, diagram, heading, revealClicks } from './parts.ts'
import { defineKind } from './types.ts'
import { captioned, titled } from './drawn.ts'
import { drawFlow } from './flow-shapes.ts'

const stage = z.strictObject({ id, label: text, detail: text.optional() })
const edge = z.strictObject({
  from: id,
  to: id,
  label: text.optional(),
  loop: z.boolean().default(false).describe('Draw as a dotted feedback edge.'),
})

/** Stages and the edges between them → a Mermaid flowchart; loop edges are dotted. */
export default defineKind({
  schema: slideSchema('pipeline', {
    title: text,
    direction: z
      .enum(['auto', 'LR', 'TB'])
      .default('auto')
      .describe('LR: left to right; TB: top to bottom; auto: whichever draws the labels larger on the slide.'),
    shape: z
      .enum(['auto', 'cycle'])
      .default('auto')
      .describe(
        'cycle: draw the stages around a ring, in outline order; auto: a ring when the edges run around all the stages, else the layout that draws the labels largest.',
      ),
    stages: z.array(stage).min(1),
    edges: z.array(edge).default([]),
    caption: text.optional(),
    reveal: z
      .boolean()
      .default(false)
      .describe(
        'Build the diagram up click by click: one stage (with the edges between shown stages) a click, in outline order.',
      ),
    steps: z
      .array(z.union([id, z.array(id).min(1)]))
      .optional()
      .describe(
        'With reveal: the stages in the order they appear, a list of ids being one click; stages not named follow, one a click.',
      ),
  }),
  render(slide, ctx) {
    const room = contentRoom(theme, titleLines(slide.title))
    const height = room.height - (slide.caption ? captionHeight : 0)
    const directions = slide.direction === 'auto' ? (['LR', 'TB'] as const) : [slide.direction]
    const { direction, ...layout } = bestLayout(
      slide,
      { directions, cycle: slide.shape === 'cycle' },
      { ...room, height },
    )
    const reveal = slide.reveal ? revealPipeline(slide, layout, slide.steps) : undefined
    const code = pipelineCode({ ...slide, direction }, layout)
    return {
      frontmatter: revealClicks(reveal),
      body: [heading(slide.title), diagram(code, slide.caption, reveal, pipelineAlt(slide, ctx.words))].join('\n\n'),
    }
  },
  alt: (slide, words) => pipelineAlt(slide, words),
  printedLabels: slide => [...slide.stages.map(s => s.label), ...slide.edges.flatMap(e => (e.label ? [e.label] : []))],
  check(slide, at) {
    const problems: Problem[] = []
    const stages = new Set<string>()
    slide.stages.forEach((s, i) => {
      if (stages.has(s.id))
        problems.push(
          problem(
            'E_DUPLICATE_ID',
            `stage id "${s.id}" is used twice in this pipeline`,
            at(['stages', i, 'id']),
            'give every stage its own id',
          ),
        )
      stages.add(s.id)
    })
    slide.edges.forEach((e, i) => {
      for (const end of ['from', 'to'] as const) {
        if (stages.has(e[end])) continue
        const path: Path = ['edges', i, end]
        problems.push(
          problem(
            'E_UNKNOWN_STAGE',
            `edge ${end} "${e[end]}" names no stage of this pipeline`,
            at(path),
            `use one of the stage ids: ${[...stages].join(', ')}`,
          ),
        )
      }
    })
    problems.push(...checkSteps(slide, stages, at))
    return problems
  },
  write: {
    order: ['title', 'reveal', 'steps', 'direction', 'shape', 'stages', 'edges', 'caption'],
    nested: { stages: ['id', 'label', 'detail'], edges: ['from', 'to', 'label', 'loop'] },
    markdown: 'fence',
  },
  // Native boxes and connectors, from the outline's data (flow-shapes.ts), and the caption. A
  // revealed pipeline builds up in PowerPoint as on the page: each step's stages on its click,
  // the first step there from the start.
  pptx(d, slide) {
    const clicks = slide.reveal
      ? new Map(stepsOf(slide.stages, slide.steps).flatMap((step, click) => step.map(id => [id, click] as const)))
      : undefined
    drawFlow(d, { ...slide, clicks }, titled(d, slide.title))
    captioned(d, slide.caption)
  },
})

/** The stages in outline order, then the edges and the loops, each named by its stages' labels. */
export function pipelineAlt(
  slide: {
    stages: { id: string; label: string; detail?: string }[]
    edges: { from: string; to: string; label?: string; loop: boolean }[]
  },
  words: Words,
): string {
  const label = new Map(slide.stages.map(s => [s.id, s.label]))
  const edge = (e: (typeof slide.edges)[number]) =>
    words.figure.edge(label.get(e.from) ?? e.from, label.get(e.to) ?? e.to, e.label)
  return words.figure.pipeline(
    slide.stages.map(s => words.figure.stage(s.label, s.detail)),
    slide.edges.filter(e => !e.loop).map(edge),
    slide.edges.filter(e => e.loop).map(edge),
  )
}

const problem = (code: ErrorCode, message: string, place: Problem['place'], hint: string): Problem => ({
  code,
  message,
  place,
  hint,
})

/** `steps` name stages of this pipeline, each once, and only on a slide that reveals. */
function checkSteps(
  slide: { reveal: boolean; steps?: Steps },
  stages: Set<string>,
  at: (path: Path) => Problem['place'],
): Problem[] {
  if (!slide.steps) return []
  if (!slide.reveal)
    return [
      problem(
        'E_STEPS_WITHOUT_REVEAL',
        'steps has no effect without reveal',
        at(['steps']),
        'add "reveal: true" to this slide, or remove steps',
      ),
    ]
  const problems: Problem[] = []
  const named = new Set<string>()
  slide.steps.forEach((step, i) => {
    ;(typeof step === 'string' ? [[step, [i]] as const] : step.map((s, j) => [s, [i, j]] as const)).forEach(
      ([stage, where]) => {
        const path: Path = ['steps', ...where]
        if (!stages.has(stage))
          problems.push(
            problem(
              'E_UNKNOWN_STAGE',
              `step "${stage}" names no stage of this pipeline`,
              at(path),
              `use one of the stage ids: ${[...stages].join(', ')}`,
            ),
          )
        else if (named.has(stage))
          problems.push(
            problem(
              'E_DUPLICATE_ID',
              `stage "${stage}" is in steps twice`,
              at(path),
              'name every stage in one step only',
            ),
          )
        named.add(stage)
      },
    )
  })
  return problems
}
