import { z } from 'zod'
import { mdInline } from '../emit/escape.ts'
import { slideSchema, text } from '../outline/fields.ts'
import { heading } from './parts.ts'
import { defineKind } from './types.ts'

const reference = z.strictObject({
  title: text,
  authors: text.optional(),
  year: z.number().int().min(1900).max(2100).optional(),
  venue: text.optional(),
})

/** A numbered list of works cited: authors (year). *Title*. Venue */
export default defineKind({
  schema: slideSchema('references', { title: text, items: z.array(reference).min(1) }),
  render(slide) {
    const items = slide.items.map((r, i) => {
      const who = [r.authors, r.year && `(${r.year})`].filter(Boolean).join(' ')
      const parts = [who && mdInline(String(who)), `*${mdInline(r.title)}*`, r.venue && mdInline(r.venue)].filter(Boolean)
      return `${i + 1}. ${parts.join('. ')}`
    })
    return { frontmatter: { class: 'references' }, body: [heading(slide.title), items.join('\n')].join('\n\n') }
  },
})
