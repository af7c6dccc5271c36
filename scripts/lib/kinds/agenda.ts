import { mdInline } from '../emit/escape.ts'
import { slideSchema, text } from '../outline/fields.ts'
import { heading } from './parts.ts'
import { defineKind } from './types.ts'

/** The sections of the talk, numbered, with their minutes. */
export default defineKind({
  schema: slideSchema('agenda', { title: text.default('Agenda') }),
  render(slide, { sections, words }) {
    const items = sections.map(
      (s, i) => `${i + 1}. ${mdInline(s.title)}${s.minutes ? ` <span class="minutes">${words.minutes(s.minutes)}</span>` : ''}`,
    )
    return { frontmatter: {}, body: [heading(slide.title === 'Agenda' ? words.agenda : slide.title), items.join('\n')].join('\n\n') }
  },
})
