import { z } from 'zod'
import { htmlText } from '../emit/escape.ts'
import type { Words } from '../emit/words.ts'
import type { ErrorCode, Problem } from '../errors.ts'
import { slideSchema, text } from '../outline/fields.ts'
import { contentRoom, theme } from '../theme.ts'
import { outOfOrder, readDate, readDates } from '../timeline/dates.ts'
import { layoutTimeline } from '../timeline/layout.ts'
import { drawTimeline } from '../timeline/pptx.ts'
import { titleLines } from './fit.ts'
import { blocks, heading } from './parts.ts'
import { defineKind } from './types.ts'
import { titled } from './drawn.ts'

const date = z.union([text, z.number()])
const event = z.strictObject({
  date: date.describe('As it should read on the slide: "2018-06", "2019", "1950–1990".'),
  label: text,
  detail: text.optional(),
})
const period = z.strictObject({
  label: text.describe('The era\'s name, drawn in its band on the axis: "rules".'),
  from: date,
  to: date,
})

/** Most events one slide holds; more continue on the next slide. */
export const MAX_EVENTS = 12

/** Dated events on one time axis, drawn by components/TimeAxis.vue. */
export default defineKind({
  schema: slideSchema('timeline', {
    title: text,
    events: z.array(event).min(1),
    periods: z
      .array(period)
      .optional()
      .describe('Eras drawn as bands on the axis, each from one date to another ("1950" to "1990").'),
    reveal: z.boolean().default(false).describe('Build the timeline up click by click: one event a click.'),
  }),
  render(slide, ctx) {
    const timeline = {
      ...(slide.reveal ? { reveal: true } : {}),
      events: slide.events,
      ...(slide.periods?.length ? { periods: slide.periods } : {}),
    }
    return {
      // The events sit in the frontmatter, where they stay readable YAML; the component reads them.
      frontmatter: {
        ...(slide.reveal && slide.events.length > 1 ? { clicks: slide.events.length - 1 } : {}),
        timeline,
      },
      body: blocks(
        heading(slide.title),
        `<FitBox alt="${htmlText(timelineAlt(slide, ctx.words))}">\n<TimeAxis v-bind="$frontmatter.timeline" />\n</FitBox>`,
      ),
    }
  },
  split(slide, { words }) {
    const parts = partsOf(slide)
    if (parts.length === 1) return [slide]
    return parts.map((events, i) => ({
      ...slide,
      events,
      title: i === 0 ? slide.title : words.continued(slide.title),
    }))
  },
  check(slide, at) {
    const problems: Problem[] = []
    const whens = readDates(slide.events.map(e => e.date))
    const back = whens ? outOfOrder(whens) : -1
    if (back > 0)
      problems.push(
        problem(
          'E_TIMELINE_ORDER',
          `event ${back + 1} (${slide.events[back]!.date}) comes before the event above it (${slide.events[back - 1]!.date})`,
          at(['events', back, 'date']),
          'list the events in date order, earliest first',
        ),
      )
    slide.periods?.forEach((p, i) => {
      for (const end of ['from', 'to'] as const)
        if (!readDate(p[end]))
          problems.push(
            problem(
              'E_TIMELINE_DATE',
              `the period "${p.label}" has a ${end} date that cannot be read: ${p[end]}`,
              at(['periods', i, end]),
              'write a year, "2018-06" or "2018-06-15"',
            ),
          )
    })
    if (slide.periods?.length && !whens) {
      const i = slide.events.findIndex(e => !readDate(e.date))
      problems.push(
        problem(
          'E_TIMELINE_DATE',
          `periods need every event's date to be read, and this one cannot be: ${slide.events[i]!.date}`,
          at(['events', i, 'date']),
          'write a year, "2018-06", "2018-06-15" or a span "1950–1990"',
        ),
      )
    }
    return problems
  },
  alt: (slide, words) => timelineAlt(slide, words),
  axis: true,
  printedLabels: slide => slide.events.map(e => e.label),
  write: {
    order: ['title', 'reveal', 'events', 'periods'],
    nested: { events: ['date', 'label', 'detail'], periods: ['label', 'from', 'to'] },
    markdown: 'fence',
  },
  pptx(d, slide) {
    const top = titled(d, slide.title)
    drawTimeline(d, layoutOf(slide), top, slide.reveal)
  },
})

function layoutOf(slide: { title: string; events: TimelineEvent[]; periods?: Period[] }) {
  return layoutTimeline(slide.events, slide.periods ?? [], contentRoom(theme, titleLines(slide.title)))
}

type TimelineEvent = z.output<typeof event>
type Period = z.output<typeof period>

/**
 * The events in slides of at most MAX_EVENTS that fit the room at 18 px or more: as few
 * slides as that takes, of about equal numbers of events.
 */
function partsOf(slide: { title: string; events: TimelineEvent[]; periods?: Period[] }): TimelineEvent[][] {
  const { events } = slide
  const even = (size: number) =>
    Array.from({ length: Math.ceil(events.length / size) }, (_, i) => events.slice(i * size, (i + 1) * size))
  // An event too wide for a slide of its own: more slides would not help.
  if (!events.every(e => layoutOf({ ...slide, events: [e] }).fits))
    return even(Math.ceil(events.length / Math.ceil(events.length / MAX_EVENTS)))
  for (let count = Math.ceil(events.length / MAX_EVENTS); count < events.length; count++) {
    const parts = even(Math.ceil(events.length / count))
    if (parts.every(part => layoutOf({ ...slide, events: part }).fits)) return parts
  }
  return events.map(e => [e])
}

/** The events in order, each with its date, and the periods. */
export function timelineAlt(
  slide: { events: { date: string | number; label: string; detail?: string }[]; periods?: Period[] },
  words: Words,
): string {
  return words.figure.timeline(slide.events.map(e => words.figure.event(String(e.date), e.label, e.detail)))
}

const problem = (code: ErrorCode, message: string, place: Problem['place'], hint: string): Problem => ({
  code,
  message,
  place,
  hint,
})
