// Random outlines, their text full of what Markdown and YAML would misread, survive both
// conversions: YAML → Markdown → YAML gives the same outline model at each step.
import fc from 'fast-check'
import { stringify } from 'yaml'
import { describe, expect, it } from 'vitest'
import { convertOutline } from '../scripts/lib/convert.ts'
import { parseOutline } from '../scripts/lib/outline/parse.ts'

const chars = [...'abcXYZ 012 #*_-+>|[]{}()!<`~:.=\\"\'&$@%/,;中文', '\n', ' ', ' ']
const text = fc
  .string({ unit: fc.constantFrom(...chars), minLength: 1, maxLength: 14 })
  .filter(s => s.trim() !== '' || s.length > 0)
const cell = fc.oneof(text, fc.integer({ min: -5, max: 3000 }), fc.constantFrom(1.5, 0.25, 1e9))
const point = fc.oneof(text, fc.record({ markdown: text }), fc.record({ math: text }))
const bullet = fc.oneof(
  text,
  point,
  fc.record({ text, sub: fc.array(text, { minLength: 1, maxLength: 3 }) }),
  fc.record({ markdown: text, sub: fc.array(point, { minLength: 1, maxLength: 3 }) }),
)
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined })

const slide: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc.record(
    {
      kind: fc.constant('bullets'),
      title: text,
      bullets: fc.array(bullet, { minLength: 1, maxLength: 4 }),
      reveal: optional(fc.boolean()),
      notes: optional(text),
    },
    { requiredKeys: ['kind', 'title', 'bullets'] },
  ),
  fc.integer({ min: 1, max: 3 }).chain(n =>
    fc.record(
      {
        kind: fc.constant('table'),
        title: text,
        columns: fc.array(text, { minLength: n, maxLength: n }),
        rows: fc.array(fc.array(cell, { minLength: n, maxLength: n }), { minLength: 1, maxLength: 3 }),
        caption: optional(text),
      },
      { requiredKeys: ['kind', 'title', 'columns', 'rows'] },
    ),
  ),
  fc.record(
    { kind: fc.constant('quote'), quote: text, author: optional(text), source: optional(text) },
    { requiredKeys: ['kind', 'quote'] },
  ),
  fc.record(
    {
      kind: fc.constant('image'),
      title: text,
      src: fc.constantFrom('images/a.svg', 'images/b c.png', 'x(1).png'),
      alt: text,
      caption: optional(text),
    },
    { requiredKeys: ['kind', 'title', 'src', 'alt'] },
  ),
  fc.record({
    kind: fc.constant('columns'),
    title: text,
    left: fc.record({ heading: text, bullets: fc.array(bullet, { minLength: 1, maxLength: 2 }) }),
    right: fc.record({ heading: text, bullets: fc.array(bullet, { minLength: 1, maxLength: 2 }) }),
  }),
  fc.record({
    kind: fc.constant('timeline'),
    title: text,
    events: fc
      .array(
        fc.record(
          { date: fc.oneof(text, fc.integer({ min: 1900, max: 2100 })), label: text, detail: optional(text) },
          { requiredKeys: ['date', 'label'] },
        ),
        { minLength: 1, maxLength: 3 },
      )
      // Events come in date order (E_TIMELINE_ORDER): the years among them ascend.
      .map(events => {
        const years = events.flatMap(e => (typeof e.date === 'number' ? [e.date] : [])).sort((a, b) => a - b)
        return events.map(e => (typeof e.date === 'number' ? { ...e, date: years.shift()! } : e))
      }),
  }),
  fc.record(
    {
      kind: fc.constant('chart'),
      title: text,
      log: optional(fc.boolean()),
      items: fc.array(fc.record({ label: text, value: fc.constantFrom(1, 2.5, 1e9, 175) }), {
        minLength: 1,
        maxLength: 3,
      }),
    },
    { requiredKeys: ['kind', 'title', 'items'] },
  ),
  fc.record({
    kind: fc.constant('pipeline'),
    title: text,
    stages: fc.constant([
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
    ]),
    edges: fc.array(
      fc.record(
        {
          from: fc.constantFrom('a', 'b'),
          to: fc.constantFrom('a', 'b'),
          label: optional(text),
          loop: optional(fc.boolean()),
        },
        { requiredKeys: ['from', 'to'] },
      ),
      { maxLength: 2 },
    ),
  }),
  fc.record(
    {
      kind: fc.constant('code'),
      title: text,
      bullets: optional(fc.array(bullet, { minLength: 1, maxLength: 2 })),
      code: fc.record({
        lang: fc.constantFrom('text', 'python', 'yml', 'yaml', 'json', 'timeline'),
        text: fc.oneof(
          text,
          text.map(t => `${t}\n`),
        ),
      }),
      after: optional(fc.array(bullet, { minLength: 1, maxLength: 2 })),
    },
    { requiredKeys: ['kind', 'title', 'code'] },
  ),
  fc.record({ kind: fc.constantFrom('cover', 'agenda'), title: optional(text) }, { requiredKeys: ['kind'] }),
  fc.record(
    { kind: fc.constant('closing'), title: text, subtitle: optional(text), contact: optional(text) },
    { requiredKeys: ['kind', 'title'] },
  ),
  fc.record({
    kind: fc.constant('references'),
    title: text,
    items: fc.array(
      fc.record({ title: text, year: optional(fc.integer({ min: 1900, max: 2100 })) }, { requiredKeys: ['title'] }),
      { minLength: 1, maxLength: 2 },
    ),
  }),
)

const outline = fc
  .record({
    deck: fc.record(
      { title: text, subtitle: optional(text), date: optional(fc.oneof(text, fc.integer({ min: 1990, max: 2030 }))) },
      { requiredKeys: ['title'] },
    ),
    sections: fc.array(
      fc.record(
        {
          title: text,
          minutes: optional(fc.integer({ min: 1, max: 30 })),
          divider: optional(fc.boolean()),
          slides: fc.array(slide, { minLength: 1, maxLength: 4 }),
        },
        { requiredKeys: ['title', 'slides'] },
      ),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .map(o => ({
    ...o,
    sections: o.sections.map((s, i) => ({
      id: `s${i}`,
      ...s,
      slides: s.slides.map((sl, j) => ({ ...sl, id: `s${i}-x${j}` })),
    })),
  }))

/** fast-check leaves optional keys out; `undefined` values are dropped too, as YAML has no such thing. */
const clean = (value: unknown): unknown => JSON.parse(JSON.stringify(value))

describe('random outlines survive both conversions', () => {
  it('YAML → Markdown → YAML', () => {
    fc.assert(
      fc.property(outline, o => {
        const yaml = stringify(clean(o))
        const model = parseOutline(yaml, 'outline.yaml').outline
        const md = convertOutline(yaml, 'outline.yaml', 'md')
        expect(parseOutline(md, 'outline.md').outline).toEqual(model)
        const back = convertOutline(md, 'outline.md', 'yaml')
        expect(parseOutline(back, 'outline.yaml').outline).toEqual(model)
        // The writers have one form per outline: the second round trip is the first.
        expect(convertOutline(back, 'outline.yaml', 'md')).toBe(md)
      }),
      { numRuns: 60 },
    )
  })
})
