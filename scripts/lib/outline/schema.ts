import { z } from 'zod'

// The outline schema: the only runtime validation in talkdeck. Everything past
// `parseOutline` works on the plain types inferred here.

const text = z.string().min(1, 'must not be empty')
const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and "-" (for example "gpt-3")')
const notes = text.describe('Speaker notes, shown in presenter mode.').optional()

const bullet = z.union([
  text,
  z.strictObject({
    text,
    sub: z.array(text).min(1).describe('Second-level points under this one.'),
  }),
])

const column = z.strictObject({
  heading: text,
  bullets: z.array(bullet).min(1),
})

const base = {
  id: id.optional().describe('Stable identity of the slide; defaults to "<section id>-<n>".'),
  notes,
}

export const coverSlide = z.strictObject({
  kind: z.literal('cover'),
  ...base,
  title: text.optional().describe('Defaults to the deck title.'),
  subtitle: text.optional().describe('Defaults to the deck subtitle.'),
})

export const agendaSlide = z.strictObject({
  kind: z.literal('agenda'),
  ...base,
  title: text.default('Agenda'),
})

export const closingSlide = z.strictObject({
  kind: z.literal('closing'),
  ...base,
  title: text,
  subtitle: text.optional(),
  contact: text.optional(),
})

export const referencesSlide = z.strictObject({
  kind: z.literal('references'),
  ...base,
  title: text,
  items: z
    .array(
      z.strictObject({
        title: text,
        authors: text.optional(),
        year: z.number().int().min(1900).max(2100).optional(),
        venue: text.optional(),
      }),
    )
    .min(1),
})

export const bulletsSlide = z.strictObject({
  kind: z.literal('bullets'),
  ...base,
  title: text,
  bullets: z.array(bullet).min(1),
  reveal: z.boolean().default(false).describe('Show the points one click at a time.'),
})

export const columnsSlide = z.strictObject({
  kind: z.literal('columns'),
  ...base,
  title: text,
  left: column,
  right: column,
})

export const tableSlide = z.strictObject({
  kind: z.literal('table'),
  ...base,
  title: text,
  columns: z.array(text).min(1),
  rows: z.array(z.array(z.union([text, z.number()]))).min(1),
  caption: text.optional(),
})

export const quoteSlide = z.strictObject({
  kind: z.literal('quote'),
  ...base,
  quote: text,
  author: text.optional(),
  source: text.optional(),
})

export const imageSlide = z.strictObject({
  kind: z.literal('image'),
  ...base,
  title: text,
  src: text.describe('A file under public/, for example "images/rlhf.png".'),
  alt: text,
  caption: text.optional(),
})

export const timelineSlide = z.strictObject({
  kind: z.literal('timeline'),
  ...base,
  title: text,
  events: z
    .array(
      z.strictObject({
        date: z.union([text, z.number()]).describe('As it should read on the slide: "2018-06", "2019".'),
        label: text,
        detail: text.optional(),
      }),
    )
    .min(1),
})

export const pipelineSlide = z.strictObject({
  kind: z.literal('pipeline'),
  ...base,
  title: text,
  direction: z.enum(['LR', 'TB']).default('LR'),
  stages: z
    .array(
      z.strictObject({
        id,
        label: text,
        detail: text.optional(),
      }),
    )
    .min(1),
  edges: z
    .array(
      z.strictObject({
        from: id,
        to: id,
        label: text.optional(),
        loop: z.boolean().default(false).describe('Draw as a dotted feedback edge.'),
      }),
    )
    .default([]),
  caption: text.optional(),
})

export const chartSlide = z.strictObject({
  kind: z.literal('chart'),
  ...base,
  title: text,
  unit: text.optional().describe('What the values count, shown on the axis.'),
  log: z.boolean().default(true).describe('Logarithmic value axis.'),
  items: z
    .array(
      z.strictObject({
        label: text,
        value: z.number().positive(),
        display: text.optional().describe('How the value reads on the bar, e.g. "175B".'),
        note: text.optional(),
      }),
    )
    .min(1),
  caption: text.optional(),
})

export const slide = z.discriminatedUnion('kind', [
  coverSlide,
  agendaSlide,
  closingSlide,
  referencesSlide,
  bulletsSlide,
  columnsSlide,
  tableSlide,
  quoteSlide,
  imageSlide,
  timelineSlide,
  pipelineSlide,
  chartSlide,
])

export const section = z.strictObject({
  id,
  title: text,
  minutes: z.number().positive().optional(),
  divider: z.boolean().default(true).describe('Open the section with a divider slide.'),
  slides: z.array(slide).min(1),
})

export const outline = z.strictObject({
  $schema: z.string().optional(),
  deck: z.strictObject({
    title: text,
    subtitle: text.optional(),
    speaker: text.optional(),
    affiliation: text.optional(),
    date: z.union([text, z.number()]).optional(),
    language: text.default('en'),
    theme: text.default('default'),
  }),
  sections: z.array(section).min(1, 'an outline needs at least one section'),
})

export type Outline = z.output<typeof outline>
export type Section = z.output<typeof section>
export type Slide = z.output<typeof slide>
export type SlideKind = Slide['kind']
export type Bullet = z.output<typeof bullet>
export type SlideOf<K extends SlideKind> = Extract<Slide, { kind: K }>

export const slideKinds = slide.options.map(o => o.shape.kind.value)
