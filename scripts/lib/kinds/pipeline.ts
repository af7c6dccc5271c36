import { z } from 'zod'
import type { Problem } from '../errors.ts'
import { bestLayout } from '../mermaid/layout.ts'
import { pipelineCode } from '../mermaid/pipeline.ts'
import { id, slideSchema, text } from '../outline/fields.ts'
import type { Path } from '../outline/places.ts'
import { contentRoom, theme } from '../theme.ts'
import { titleLines } from './fit.ts'
import { captionHeight, diagram, heading } from './parts.ts'
import { defineKind } from './types.ts'

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
    direction: z.enum(['auto', 'LR', 'TB']).default('auto').describe('LR: left to right; TB: top to bottom; auto: whichever draws the labels larger on the slide.'),
    stages: z.array(stage).min(1),
    edges: z.array(edge).default([]),
    caption: text.optional(),
  }),
  render(slide) {
    const room = contentRoom(theme, titleLines(slide.title))
    const height = room.height - (slide.caption ? captionHeight : 0)
    const { direction, ...layout } = bestLayout(slide, slide.direction === 'auto' ? ['LR', 'TB'] : [slide.direction], { ...room, height })
    return { frontmatter: {}, body: [heading(slide.title), diagram(pipelineCode({ ...slide, direction }, layout), slide.caption)].join('\n\n') }
  },
  check(slide, at) {
    const problems: Problem[] = []
    const stages = new Set<string>()
    slide.stages.forEach((s, i) => {
      if (stages.has(s.id)) problems.push(problem('E_DUPLICATE_ID', `stage id "${s.id}" is used twice in this pipeline`, at(['stages', i, 'id']), 'give every stage its own id'))
      stages.add(s.id)
    })
    slide.edges.forEach((e, i) => {
      for (const end of ['from', 'to'] as const) {
        if (stages.has(e[end])) continue
        const path: Path = ['edges', i, end]
        problems.push(problem('E_UNKNOWN_STAGE', `edge ${end} "${e[end]}" names no stage of this pipeline`, at(path), `use one of the stage ids: ${[...stages].join(', ')}`))
      }
    })
    return problems
  },
})

const problem = (code: string, message: string, place: Problem['place'], hint: string): Problem => ({ code, message, place, hint })
