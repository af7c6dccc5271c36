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
  year: z
    .union([
      z.number().int().min(1900).max(2100),
      z.string().regex(/^\d{4}[a-z]$/, 'a year and a letter, like "2022a"'),
    ])
    .optional(),
  venue: text.optional(),
})
type Reference = z.output<typeof reference>

const sizes = bodySizes(theme.type.references)

/** A list of works cited (numbered unless told not to): authors (year). **Title**. Venue — continued on further slides if long. */
export default defineKind({
  schema: slideSchema('references', {
    title: text,
    items: z
      .array(reference)
      .default([])
      .describe("The works cited; left out, the works the deck's slides cite from its bibliography."),
    numbered: z
      .boolean()
      .optional()
      .describe(
        'Number the list (the default; a list filled from the bibliography is numbered in the numeric citation style only).',
      ),
    start: z.number().int().min(1).default(1).describe('The number of the first item (set on continuations).'),
  }),
  render(slide) {
    // A continuation's list starts at its first item's number (Markdown takes the first number).
    const list = slide.items ?? []
    const items = list.map((r, i) => `${slide.numbered === false ? '-' : `${slide.start + i}.`} ${markdownLine(r)}`)
    const size =
      largestFit([list.map(plainLine)], contentRoom(theme, titleLines(slide.title)), sizes) ??
      theme.type.references.floor
    return {
      frontmatter: { class: `references body-${size}` },
      body: [heading(slide.title), items.join('\n')].join('\n\n'),
    }
  },
  split(slide, { words }) {
    const room = contentRoom(theme, titleLines(words.continued(slide.title)))
    const list = slide.items ?? []
    const parts = fitBullets(list.map(plainLine), room, theme.type.references.floor)
    let start = slide.start
    return parts.map((part, i) => {
      const items = list.slice(start - slide.start, start - slide.start + part.length)
      const piece = { ...slide, items, start, title: i === 0 ? slide.title : words.continued(slide.title) }
      start += part.length
      return piece
    })
  },
  write: { order: ['title', 'numbered', 'start', 'items'], nested: { items: ['title', 'authors', 'year', 'venue'] } },
  pptx(d, slide) {
    titled(d, slide.title)
    const points = (slide.items ?? []).map(r => {
      const runs: Run[] = [
        ...(who(r) ? [{ text: `${who(r)}. ` }] : []),
        { text: r.title, italic: true },
        ...(r.venue ? [{ text: `. ${r.venue}` }] : []),
      ]
      return { runs, level: 0 }
    })
    d.list('list', points, {
      px: d.drawn.size ?? theme.type.references.floor,
      ...(slide.numbered === false ? {} : { numbered: { start: slide.start } }),
    })
  },
})

const who = (r: Reference) => [r.authors, r.year && `(${r.year})`].filter(Boolean).join(' ')

/**
 * authors (year). *Title*. Venue — the title set apart by the slide's style; its last two words
 * joined by a no-break space, so no entry ends on a line of one word ("2023-02").
 */
function markdownLine(r: Reference): string {
  const title = `*${mdInline(r.title)}*${endsSentence(r.title) ? '' : '.'}`
  const line = [who(r) && `${mdInline(who(r))}.`, title, r.venue && mdInline(r.venue)].filter(Boolean).join(' ')
  return line.replace(/ (?=[^\s<>]+$)/, '\u00a0')
}

/** The same as it reads, for measuring. */
function plainLine(r: Reference): string {
  return [who(r) && `${who(r)}.`, `${r.title}${endsSentence(r.title) ? '' : '.'}`, r.venue].filter(Boolean).join(' ')
}

/** A title that ends with its own mark ("…Work?") takes no full stop after it. */
const endsSentence = (title: string) => /[.?!]$/.test(title)
