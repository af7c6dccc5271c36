import { mdInline } from '../emit/escape.ts'
import { slideSchema, text } from '../outline/fields.ts'
import { heading } from './parts.ts'
import { defineKind } from './types.ts'
import { titled } from './drawn.ts'
import { theme } from '../theme.ts'

/** The sections of the talk, numbered. */
export default defineKind({
  schema: slideSchema('agenda', { title: text.default('Agenda') }),
  // The minutes are the speaker's: they are in the dividers' notes, not on the audience's screen.
  render(slide, { sections, words }) {
    const items = sections.map((s, i) => `${i + 1}. ${mdInline(s.title)}`)
    return {
      frontmatter: { class: 'agenda' },
      body: [heading(slide.title === 'Agenda' ? words.agenda : slide.title), items.join('\n')].join('\n\n'),
    }
  },
  write: { order: ['title'] },
  pptx(d, slide, { sections, words }) {
    titled(d, slide.title === 'Agenda' ? words.agenda : slide.title)
    const points = sections.map(s => ({ runs: [{ text: s.title }], level: 0 }))
    d.list('list', points, {
      px: theme.type.agenda,
      numbered: { start: 1 },
    })
  },
})
