import { z } from 'zod'
import { fitBullets } from './fit.ts'
import { bullet, slideSchema, text } from '../outline/fields.ts'
import { bulletList, heading } from './parts.ts'
import { defineKind } from './types.ts'

/** A title and a list of points (with sub-points), optionally revealed one click at a time. */
export default defineKind({
  schema: slideSchema('bullets', {
    title: text,
    bullets: z.array(bullet).min(1),
    reveal: z.boolean().default(false).describe('Show the points one click at a time.'),
  }),
  render(slide) {
    const list = bulletList(slide.bullets)
    return { frontmatter: {}, body: [heading(slide.title), slide.reveal ? `<v-clicks>\n\n${list}\n\n</v-clicks>` : list].join('\n\n') }
  },
  // A list too long for one slide continues on the next, titled as a continuation.
  split: (slide, { words }) =>
    fitBullets(slide.bullets).map((bullets, i) => ({ ...slide, bullets, title: i === 0 ? slide.title : words.continued(slide.title) })),
})
