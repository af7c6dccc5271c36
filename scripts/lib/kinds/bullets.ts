import { z } from 'zod'
import { bullet, slideSchema, text } from '../outline/fields.ts'
import { contentRoom, theme } from '../theme.ts'
import { bodySizes, fitBullets, largestFit, titleLines } from './fit.ts'
import { bulletList, heading } from './parts.ts'
import { defineKind } from './types.ts'
import { full, pointsOf, room, titled } from './drawn.ts'

const schema = slideSchema('bullets', {
  title: text,
  bullets: z.array(bullet).min(1),
  reveal: z.boolean().default(false).describe('Show the points one click at a time.'),
  size: z
    .number()
    .int()
    .min(theme.type.body.floor)
    .max(theme.type.body.ceiling)
    .optional()
    .describe('Type size in px; set by the fitting unless given.'),
})

/** A title and a list of points (with sub-points), optionally revealed one click at a time. */
export default defineKind({
  schema,
  render(slide) {
    const list = bulletList(slide.bullets)
    const size = slide.size ?? sizeFor([slide])
    return {
      frontmatter: { class: `body-${size}` },
      body: [heading(slide.title), slide.reveal ? `<v-clicks>\n\n${list}\n\n</v-clicks>` : list].join('\n\n'),
    }
  },
  // A list too long for one slide continues on the next, titled as a continuation, and all
  // its parts share one type size: the largest at which every part fits.
  split(slide, { words }) {
    const parts = fitBullets(slide.bullets, contentRoom(theme, titleLines(slide.title)))
    const slides = parts.map((bullets, i) => ({
      ...slide,
      bullets,
      title: i === 0 ? slide.title : words.continued(slide.title),
    }))
    const size = slide.size ?? sizeFor(slides)
    return slides.map(s => ({ ...s, size }))
  },
  write: {
    order: ['title', 'reveal', 'size', 'bullets'],
    nested: { bullets: ['text', 'markdown', 'math', 'sub'] },
    markdown: 'list',
  },
  pptx(d, slide) {
    const top = titled(d, slide.title)
    d.list(full(top, room.bottom - top), pointsOf(slide.bullets), {
      px: d.drawn.size ?? slide.size ?? theme.type.body.floor,
      reveal: slide.reveal,
    })
  },
})

/** The largest body size at which each slide's list fits under its title; the floor if none does. */
function sizeFor(slides: { title: string; bullets: z.output<typeof schema>['bullets'] }[]): number {
  const fits = slides.map(
    s => largestFit([s.bullets], contentRoom(theme, titleLines(s.title))) ?? theme.type.body.floor,
  )
  return Math.min(...fits, bodySizes()[0]!)
}
