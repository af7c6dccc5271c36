import { htmlText, mdInline } from '../emit/escape.ts'
import { slideSchema, text } from '../outline/fields.ts'
import { blocks, heading } from './parts.ts'
import { defineKind } from './types.ts'

/** The last slide: thanks, questions, how to reach the speaker. */
export default defineKind({
  schema: slideSchema('closing', { title: text, subtitle: text.optional(), contact: text.optional() }),
  render: slide => ({
    frontmatter: { layout: 'center', class: 'text-center' },
    body: blocks(heading(slide.title), slide.subtitle && mdInline(slide.subtitle), slide.contact && `<div class="byline">${htmlText(slide.contact)}</div>`),
  }),
})
