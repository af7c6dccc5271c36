import { z } from 'zod'
import type { Words } from '../emit/words.ts'
import { timelineCode, timelineReveal } from '../mermaid/timeline.ts'
import { slideSchema, text } from '../outline/fields.ts'
import { contentRoom, theme } from '../theme.ts'
import { titleLines } from './fit.ts'
import { diagram, heading, revealClicks } from './parts.ts'
import { defineKind } from './types.ts'
import { titled } from './drawn.ts'

const event = z.strictObject({
  date: z.union([text, z.number()]).describe('As it should read on the slide: "2018-06", "2019".'),
  label: text,
  detail: text.optional(),
})

/** Dated events → a Mermaid timeline. */
export default defineKind({
  schema: slideSchema('timeline', {
    title: text,
    events: z.array(event).min(1),
    reveal: z
      .boolean()
      .default(false)
      .describe(
        'Build the timeline up click by click: one event a click (drawn as cards, whatever the number of events).',
      ),
  }),
  render(slide, ctx) {
    const room = contentRoom(theme, titleLines(slide.title))
    const alt = timelineAlt(slide, ctx.words)
    if (!slide.reveal)
      return {
        frontmatter: {},
        body: [heading(slide.title), diagram(timelineCode(slide.events, room), undefined, undefined, alt)].join('\n\n'),
      }
    const { code, reveal } = timelineReveal(slide.events, room)
    return {
      frontmatter: revealClicks(reveal),
      body: [heading(slide.title), diagram(code, undefined, reveal, alt)].join('\n\n'),
    }
  },
  alt: (slide, words) => timelineAlt(slide, words),
  // Chromium prints a timeline's labels as paths, not text: its colour is the check.
  printedLabels: () => [],
  write: { order: ['title', 'reveal', 'events'], nested: { events: ['date', 'label', 'detail'] }, markdown: 'fence' },
  pptx(d, slide, ctx) {
    titled(d, slide.title)
    d.figure(timelineAlt(slide, ctx.words))
  },
})

/** The events in order, each with its date. */
export function timelineAlt(
  slide: { events: { date: string | number; label: string; detail?: string }[] },
  words: Words,
): string {
  return words.figure.timeline(slide.events.map(e => words.figure.event(String(e.date), e.label, e.detail)))
}
