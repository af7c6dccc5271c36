// Timelines on one time axis (scripts/lib/timeline/, kinds/timeline.ts): dates read, events in
// order and spaced by date, labels alternating sides at 18 px or more, the slide's readable
// frontmatter, and the check's rules on what the page drew.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { axisProblems } from '../scripts/lib/check/axis-findings.ts'
import { brokenWords } from '../scripts/lib/check/broken-words.ts'
import type { TextRun } from '../scripts/lib/check/legibility.ts'
import { convertOutline } from '../scripts/lib/convert.ts'
import { generateMarkdown } from '../scripts/lib/generate.ts'
import { parseOutline } from '../scripts/lib/outline/parse.ts'
import { contentRoom } from '../scripts/lib/theme.ts'
import { outOfOrder, readDate, readDates } from '../scripts/lib/timeline/dates.ts'
import { layoutTimeline, sideOf, type AxisEvent } from '../scripts/lib/timeline/layout.ts'
import { spreadOut } from '../scripts/lib/timeline/place.ts'

const fixture = path.resolve(import.meta.dirname, 'fixtures', 'timeline', 'research.yaml')
const outline = parseOutline(readFileSync(fixture, 'utf8'), 'outline.yaml').outline
const slides = outline.sections[0]!.slides as unknown as {
  events: AxisEvent[]
  periods: { label: string; from: string; to: string }[]
}[]
const room = contentRoom()

describe('readDate', () => {
  it.each([
    ['2019', 2019],
    [2019, 2019],
    ['2018-06', 2018 + 151 / 365],
    ['2018/6', 2018 + 151 / 365],
    ['2022-11-30', 2022 + 333 / 365],
    ['2018 年 6 月', 2018 + 151 / 365],
    ['2022年11月30日', 2022 + 333 / 365],
    ['June 2018', 2018 + 151 / 365],
    ['Sep 2016', 2016 + 243 / 365],
  ])('reads %s', (text, start) => {
    expect(readDate(text)?.start).toBeCloseTo(start, 6)
  })

  it.each([
    ['1950–1990', 1950, 1990],
    ['1950-1990', 1950, 1990],
    ['2018 – 2023', 2018, 2023],
    ['2020-03 to 2021-06', 2020 + 59 / 365, 2021 + 151 / 365],
  ])('reads the span %s', (text, start, end) => {
    expect(readDate(text)?.start).toBeCloseTo(start, 6)
    expect(readDate(text)?.end).toBeCloseTo(end, 6)
  })

  it('does not read what is no date, nor a span that runs backwards', () => {
    for (const text of ['early 2023', 'Q3', '2018-13', '1990–1950', 'today', 2019.5])
      expect(readDate(text)).toBeUndefined()
    expect(readDates(['2018', 'later'])).toBeUndefined()
  })

  it('finds the first event that goes back in time', () => {
    expect(outOfOrder(readDates(['2018', '2019-01', '2019-02-03'])!)).toBe(-1)
    expect(outOfOrder(readDates(['2018', '2020', '2019'])!)).toBe(2)
  })
})

describe('spreadOut', () => {
  const w = [180, 180, 180]
  it('keeps labels at their events when there is room', () => {
    expect(spreadOut([100, 400, 700], w, 20, 900)).toEqual([100, 400, 700])
  })

  it('pushes crowded labels apart around where they want to be, in order, inside the axis', () => {
    expect(spreadOut([400, 410, 420], w, 20, 900)).toEqual([210, 410, 610])
    expect(spreadOut([0, 10, 20], w, 20, 900)).toEqual([90, 290, 490])
    expect(spreadOut([840, 845, 850], w, 20, 900)).toEqual([410, 610, 810])
  })

  it('leaves room for each label by its own width', () => {
    expect(spreadOut([400, 410], [100, 300], 20, 900)).toEqual([295, 515])
  })
})

describe('layoutTimeline', () => {
  it('12 events with periods: every text at 18 px or more, and it fits the slide', () => {
    const l = layoutTimeline(slides[0]!.events, slides[0]!.periods, room)
    expect(slides[0]!.events).toHaveLength(12)
    expect(l.fits).toBe(true)
    expect(l.height).toBeLessThanOrEqual(room.height)
    expect(l.spacing).toBe('date')
    const texts = [...l.events.flatMap(e => e.lines), ...l.periods.flatMap(p => p.lines)]
    expect(Math.min(...texts.map(t => t.px))).toBeGreaterThanOrEqual(18)
    expect(l.periods.map(p => p.lines[0]!.text)).toEqual(['Rules', 'Statistics', 'Neural'])
  })

  it('places events by date, in order, labels alternating above and below without overlap', () => {
    for (const slide of slides) {
      const l = layoutTimeline(slide.events, slide.periods, room)
      const xs = l.events.map(e => e.x)
      expect([...xs].sort((a, b) => a - b)).toEqual(xs)
      l.events.forEach((e, i) => expect(e.side).toBe(sideOf(i)))
      for (const side of ['above', 'below'] as const) {
        const boxes = l.events.filter(e => e.side === side).map(e => e.box)
        for (let i = 1; i < boxes.length; i++)
          expect(boxes[i]!.x - boxes[i - 1]!.x).toBeGreaterThanOrEqual(
            (boxes[i]!.width + boxes[i - 1]!.width) / 2 - 0.01,
          )
        for (const b of boxes) {
          expect(b.x - b.width / 2).toBeGreaterThanOrEqual(-0.01)
          expect(b.x + b.width / 2).toBeLessThanOrEqual(l.width + 0.01)
        }
      }
      for (const e of l.events)
        if (e.side === 'above') expect(e.box.top + e.box.height).toBeLessThanOrEqual(l.axis.top)
        else expect(e.box.top).toBeGreaterThanOrEqual(l.axis.bottom)
    }
  })

  it('spaces by time: a gap of 12 years is wider than a gap of 3', () => {
    const l = layoutTimeline(slides[0]!.events, [], room)
    const x = (i: number) => l.events[i]!.x
    expect(x(1) - x(0)).toBeGreaterThan(3 * (x(4) - x(3)))
  })

  it('spaces evenly, in outline order, when a date cannot be read', () => {
    const events = [
      { date: 'early days', label: 'A' },
      { date: '2019', label: 'B' },
      { date: '2023', label: 'C' },
    ]
    const l = layoutTimeline(events, [{ label: 'P', from: '2019', to: '2023' }], room)
    expect(l.spacing).toBe('even')
    expect(l.periods).toEqual([])
    expect(l.events[1]!.x - l.events[0]!.x).toBeCloseTo(l.events[2]!.x - l.events[1]!.x, 6)
  })

  it('breaks labels between words only', () => {
    const l = layoutTimeline(slides[1]!.events, slides[1]!.periods, room)
    const lines = l.events.flatMap(e => e.lines.map(x => x.text))
    for (const word of ['顶会', '论文', '分词', '工具', '排行榜', '评测']) {
      const whole = lines.some(t => t.includes(word))
      const mentioned = slides[1]!.events.some(e => `${e.label}${e.detail ?? ''}`.includes(word))
      expect(whole).toBe(mentioned)
    }
  })
})

describe('the timeline slide', () => {
  const built = generateMarkdown(readFileSync(fixture), 'outline.yaml')
  const first = built.slides.find(s => s.id === 'mt-history')!

  it('gives the component its events as readable YAML in the frontmatter, and clicks for the reveal', () => {
    expect(first.text).toContain(
      'clicks: 11\ntimeline:\n  reveal: true\n  events:\n    - date: "1954"\n      label: Georgetown–IBM\n',
    )
    expect(first.text).toContain('  periods:\n    - label: Rules\n      from: "1954"\n      to: "1989"\n')
    expect(first.text).toContain('<TimeAxis v-bind="$frontmatter.timeline" />')
    expect(first.axis).toBe(true)
  })

  it('continues on a second slide past 12 events', () => {
    const text = readFileSync(fixture, 'utf8').replace(
      '          - date: "2023-03"\n',
      '          - date: "2020"\n            label: Back-translation at scale\n          - date: "2023-03"\n',
    )
    const more = generateMarkdown(Buffer.from(text), 'outline.yaml').slides.filter(s => s.id.startsWith('mt-history'))
    expect(more.map(s => s.id)).toEqual(['mt-history', 'mt-history--2'])
  })

  it('is written in outline.md as a timeline block, periods included, and reads back the same', () => {
    const yaml = readFileSync(fixture, 'utf8')
    const md = convertOutline(yaml, 'outline.yaml', 'md')
    expect(md).toContain('## Machine translation, 1954–2023 {#mt-history .reveal}\n\n```timeline\nevents:\n')
    expect(md).toContain('periods:\n  - label: Rules\n    from: "1954"\n    to: "1989"\n')
    expect(parseOutline(md, 'outline.md').outline).toEqual(outline)
    expect(parseOutline(convertOutline(md, 'outline.md', 'yaml'), 'outline.yaml').outline).toEqual(outline)
  })
})

describe('check on a drawn timeline', () => {
  const events = [
    { date: '2018-06', x: 100 },
    { date: '2019-02', x: 200 },
    { date: '2020-05', x: 400 },
  ]
  it('finds nothing wrong with an axis in date order', () => {
    expect(axisProblems([{ axis: true, events }], true)).toEqual([])
  })
  it('reports a timeline drawn without an axis', () => {
    expect(axisProblems([], true)[0]!.message).toMatch(/without a time axis/)
    expect(axisProblems([], false)).toEqual([])
    expect(axisProblems([{ axis: false, events }], true)[0]!.message).toMatch(/no axis line/)
  })
  it('reports events out of date order, and a later date drawn before an earlier one', () => {
    const swapped = [events[1]!, events[0]!, events[2]!]
    expect(axisProblems([{ axis: true, events: swapped }], true)[0]!.message).toMatch(
      /not in date order: 2018-06 comes after 2019-02/,
    )
    const misdrawn = [events[0]!, { ...events[1]!, x: 50 }, events[2]!]
    expect(axisProblems([{ axis: true, events: misdrawn }], true)[0]!.message).toMatch(
      /2019-02 is drawn before 2018-06/,
    )
  })

  const run = (text: string, starts: number[]): TextRun =>
    ({
      text,
      chars: text.length,
      px: 24,
      bold: false,
      diagram: false,
      color: null,
      backdrop: [],
      lines: [],
      wrap: { text, starts },
    }) as TextRun
  it('reports a word broken across lines, and not a break between words', () => {
    expect(brokenWords([run('训练奖励模型', [1])]).map(b => b.word)).toEqual(['训|练'])
    expect(brokenWords([run('训练奖励模型', [2, 4])])).toEqual([])
    expect(brokenWords([run('GPT-3 has 175B parameters', [10])])).toEqual([])
    expect(brokenWords([run('GPT-3 has 175B parameters', [4])]).map(b => b.word)).toEqual(['GPT-|3'])
    expect(brokenWords([run('共 120 亿参数', [6])]).map(b => b.word)).toEqual(['120 |亿'])
    expect(brokenWords([run('a state-of-the-art model', [8])])).toEqual([])
  })
})
