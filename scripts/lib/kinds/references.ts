import { z } from 'zod'
import { mdInline } from '../emit/escape.ts'
import { slideSchema, text } from '../outline/fields.ts'
import { contentRoom, theme } from '../theme.ts'
import { bodySizes, fitBullets, largestFit, titleLines } from './fit.ts'
import { heading } from './parts.ts'
import { defineKind } from './types.ts'
import { titled } from './drawn.ts'
import type { Run } from '../export/pptx/drawing.ts'

const reference = z.strictObject({
  title: text,
  authors: text.optional(),
  year: z.number().int().min(1900).max(2100).optional(),
  venue: text.optional(),
})
type Reference = z.output<typeof reference>

const sizes = bodySizes(theme.type.references)

/** A numbered list of works cited: authors (year). **Title**. Venue — continued on further slides if long. */
export default defineKind({
  schema: slideSchema('references', {
    title: text,
    items: z.array(reference).min(1),
    start: z.number().int().min(1).default(1).describe('The number of the first item (set on continuations).'),
  }),
  render(slide) {
    // A continuation's list starts at its first item's number (Markdown takes the first number).
    const items = slide.items.map((r, i) => `${slide.start + i}. ${markdownLine(r)}`)
    const size =
      largestFit([slide.items.map(plainLine)], contentRoom(theme, titleLines(slide.title)), sizes) ??
      theme.type.references.floor
    return {
      frontmatter: { class: `references body-${size}` },
      body: [heading(slide.title), items.join('\n')].join('\n\n'),
    }
  },
  split(slide, { words }) {
    const room = contentRoom(theme, titleLines(words.continued(slide.title)))
    const parts = fitBullets(slide.items.map(plainLine), room, theme.type.references.floor)
    let start = slide.start
    return parts.map((part, i) => {
      const items = slide.items.slice(start - slide.start, start - slide.start + part.length)
      const piece = { ...slide, items, start, title: i === 0 ? slide.title : words.continued(slide.title) }
      start += part.length
      return piece
    })
  },
  write: { order: ['title', 'start', 'items'], nested: { items: ['title', 'authors', 'year', 'venue'] } },
  pptx(d, slide) {
    titled(d, slide.title)
    const points = slide.items.map(r => {
      const runs: Run[] = [
        ...(who(r) ? [{ text: `${who(r)}. ` }] : []),
        { text: r.title, italic: true },
        ...(r.venue ? [{ text: `. ${r.venue}` }] : []),
      ]
      return { runs, level: 0 }
    })
    d.list('list', points, {
      px: d.drawn.size ?? theme.type.references.floor,
      numbered: { start: slide.start },
    })
  },
})

const who = (r: Reference) => [r.authors, r.year && `(${r.year})`].filter(Boolean).join(' ')

/** authors (year). *Title*. Venue — the title set apart by the slide's style. */
function markdownLine(r: Reference): string {
  return [who(r) && mdInline(who(r)), `*${mdInline(r.title)}*`, r.venue && mdInline(r.venue)].filter(Boolean).join('. ')
}

/** The same as it reads, for measuring. */
function plainLine(r: Reference): string {
  return [who(r), r.title, r.venue].filter(Boolean).join('. ')
}
