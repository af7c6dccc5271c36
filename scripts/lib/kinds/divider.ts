// The one slide kind the outline never spells out: the planner opens a section with it.
import { z } from 'zod'
import type { Words } from '../emit/words.ts'
import { slideSchema, text } from '../outline/fields.ts'
import { theme } from '../theme.ts'
import { heading } from './parts.ts'
import { defineKind } from './types.ts'

const divider = defineKind({
  schema: slideSchema('divider', { title: text, number: z.number().int().min(1) }),
  render: (slide, { words }) => ({
    frontmatter: { layout: 'section' },
    body: [`<div class="part">${words.part(slide.number)}</div>`, heading(slide.title)].filter(Boolean).join('\n\n'),
  }),
  pptxLayout: { name: 'Section Header', background: 'section' },
  pptx(d, slide, { words }) {
    const { type } = theme
    // Type on the accent in the colour that reads on it, as on the page.
    d.text('part', words.part(slide.number), { px: type.byline, bold: true, colour: 'onAccentMuted' })
    d.text('title', slide.title, { px: type.sectionTitle, bold: true, colour: 'onAccent', lineHeight: 1.2 })
  },
})
export default divider

export type DividerSlide = z.output<typeof divider.schema>

/** The divider that opens the `number`th section; its notes give the section's minutes. */
export function dividerSlide(section: { title: string; minutes?: number }, number: number, words: Words): DividerSlide {
  const { title, minutes } = section
  return { kind: 'divider', title, minutes, number, ...(minutes ? { notes: words.minutes(minutes) } : {}) }
}

/** A divider is a pause between sections: the presenter's clock gives it no share of the time. */
export const isDivider = (content: { kind: string }) => content.kind === 'divider'
