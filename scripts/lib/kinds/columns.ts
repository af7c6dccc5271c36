import { z } from 'zod'
import { mdInline } from '../emit/escape.ts'
import { bullet, slideSchema, text } from '../outline/fields.ts'
import { bulletList, heading } from './parts.ts'
import { defineKind } from './types.ts'

const column = z.strictObject({ heading: text, bullets: z.array(bullet).min(1) })

/** Two lists side by side, each under its own heading. */
export default defineKind({
  schema: slideSchema('columns', { title: text, left: column, right: column }),
  render: slide => ({
    frontmatter: { layout: 'two-cols-header' },
    body: [
      heading(slide.title),
      '::left::',
      `## ${mdInline(slide.left.heading)}`,
      bulletList(slide.left.bullets),
      '::right::',
      `## ${mdInline(slide.right.heading)}`,
      bulletList(slide.right.bullets),
    ].join('\n\n'),
  }),
})
