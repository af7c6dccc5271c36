import { z } from 'zod'
import { timelineCode } from '../mermaid/timeline.ts'
import { slideSchema, text } from '../outline/fields.ts'
import { contentRoom, theme } from '../theme.ts'
import { titleLines } from './fit.ts'
import { diagram, heading } from './parts.ts'
import { defineKind } from './types.ts'

const event = z.strictObject({
  date: z.union([text, z.number()]).describe('As it should read on the slide: "2018-06", "2019".'),
  label: text,
  detail: text.optional(),
})

/** Dated events → a Mermaid timeline. */
export default defineKind({
  schema: slideSchema('timeline', { title: text, events: z.array(event).min(1) }),
  render: slide => ({ frontmatter: {}, body: [heading(slide.title), diagram(timelineCode(slide.events, contentRoom(theme, titleLines(slide.title))))].join('\n\n') }),
})
