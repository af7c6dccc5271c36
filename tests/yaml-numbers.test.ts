// YAML reads "0x10", "1e3", "1.50" and "007" as numbers; where the outline takes text or a
// number, the slide shows what was written. Values YAML cut apart are met with "quote it".
import { describe, expect, it } from 'vitest'
import { TalkdeckError } from '../scripts/lib/errors.ts'
import { parseOutline } from '../scripts/lib/outline/parse.ts'

const outline = (deckDate: string, body: string[], extra = '') =>
  [
    'deck:',
    '  title: T',
    `  date: ${deckDate}`,
    'sections:',
    '  - id: a',
    '    title: A',
    `    ${extra}`,
    '    slides:',
    ...body.map(l => `      ${l}`),
  ].join('\n')

function problem(text: string) {
  try {
    parseOutline(text, 'q.yaml')
  } catch (error) {
    if (error instanceof TalkdeckError) return error.problems[0]!
    throw error
  }
  throw new Error('expected a TalkdeckError')
}

describe('numbers in text-or-number fields keep their source', () => {
  const { outline: o } = parseOutline(
    outline(
      '007',
      [
        '- kind: timeline',
        '  title: T',
        '  events: [{ date: 0x10, label: a }, { date: 1e3, label: b }, { date: 1.50, label: c }, { date: 2019, label: d }]',
        '- kind: table',
        '  title: T',
        '  columns: [a, b]',
        '  rows: [[1.50, 007], [12, -3]]',
        '- kind: chart',
        '  title: T',
        '  items: [{ label: a, value: 1e3 }, { label: b, value: 1.50 }]',
        '- kind: references',
        '  title: R',
        '  items: [{ title: t, authors: x, year: 2020 }]',
      ],
      'minutes: 1.50',
    ),
    'n.yaml',
  )
  const [timeline, table, chart, refs] = o.sections[0]!.slides as never as [
    { events: { date: unknown }[] },
    { rows: unknown[][] },
    { items: { value: unknown }[] },
    { items: { year: unknown }[] },
  ]
  it('deck date, timeline dates and table cells read as written', () => {
    expect(o.deck.date).toBe('007')
    expect(timeline.events.map(e => e.date)).toEqual(['0x10', '1e3', '1.50', 2019])
    expect(table.rows).toEqual([
      ['1.50', '007'],
      [12, -3],
    ])
  })
  it('fields that take only a number stay numbers', () => {
    expect(chart.items.map(i => i.value)).toEqual([1000, 1.5])
    expect(o.sections[0]!.minutes).toBe(1.5)
    expect(refs.items[0]!.year).toBe(2020)
  })
})

describe('text YAML cut apart: the hint says to quote it', () => {
  it('a flow mapping cut at a comma', () => {
    const p = problem(
      outline('2024', [
        '- kind: timeline',
        '  title: T',
        '  events:',
        '    - { date: 2017, label: Transformer, detail: Attention only, no recurrence }',
      ]),
    )
    expect(p.code).toBe('E_UNKNOWN_KEY')
    expect(p.hint).toContain('quote the value: "Attention only, no recurrence"')
  })
  it('"key: a, b: c" on one line', () => {
    const p = problem(outline('2024', ['- kind: bullets', '  title: a, b: c', '  bullets: [x]']))
    expect(p.code).toBe('E_YAML')
    expect(p.hint).toContain('quote the value: "a, b: c"')
  })
  it('a bullet that reads as a mapping', () => {
    const p = problem(
      outline('2024', ['- kind: bullets', '  title: T', '  bullets:', '    - Reward: the model learns']),
    )
    expect(p.hint).toContain('quote the value: "Reward: the model learns"')
  })
})
