// Charts keep every text at 18 px or more: the layout breaks long labels between words, takes
// the largest type the room allows, drops the axis ticks before it gives up, and a chart that
// cannot fit even so stops the build with a located error.
import { describe, expect, it } from 'vitest'
import { TalkdeckError } from '../scripts/lib/errors.ts'
import { textWidth } from '../scripts/lib/fonts/measure.ts'
import { wordPieces } from '../scripts/lib/fonts/words.ts'
import { generateMarkdown } from '../scripts/lib/generate.ts'
import { CHART_FLOOR, layoutChart, type ChartItem } from '../scripts/lib/kinds/chart-layout.ts'
import { chartRoom } from '../scripts/lib/kinds/chart.ts'

const measure = (text: string, px: number, bold = false) => textWidth(text, { px, bold })
const room = chartRoom({ title: 'Training compute of notable models', caption: 'Log scale' })

const twelve: ChartItem[] = [
  ['GPT-1', 1.17e8],
  ['BERT-Large', 3.4e8],
  ['GPT-2', 1.5e9],
  ['Megatron-LM', 8.3e9],
  ['T5-11B', 1.1e10],
  ['Turing-NLG', 1.7e10],
  ['GPT-3', 1.75e11],
  ['Jurassic-1', 1.78e11],
  ['Gopher', 2.8e11],
  ['MT-NLG', 5.3e11],
  ['Chinchilla', 7e10],
  ['PaLM', 5.4e11],
].map(([label, value]) => ({ label: label as string, value: value as number }))

const longLabels: ChartItem[] = [
  { label: 'Rule-based machine translation systems', value: 2e3 },
  { label: 'Statistical phrase-based translation', value: 4e5 },
  { label: 'Recurrent encoder-decoder with attention', value: 3e7 },
  { label: 'Transformer base trained on WMT data', value: 6.5e7 },
  { label: 'Multilingual pre-trained sequence models', value: 6e8 },
  { label: 'Large language models prompted to translate', value: 1.75e11, note: 'few-shot' },
]

const sizes = (l: ReturnType<typeof layoutChart>) => Object.values(l.px)

describe('chart layout', () => {
  it('fits twelve bars under a title and above a caption with every text at 18 px or more', () => {
    const layout = layoutChart(twelve, { log: true, unit: 'parameters' }, room, measure)
    expect(layout.fits).toBe(true)
    expect(Math.min(...sizes(layout))).toBeGreaterThanOrEqual(CHART_FLOOR)
    expect(layout.height).toBeLessThanOrEqual(room.height)
    expect(layout.rows).toHaveLength(12)
    // Rows do not overlap: each starts below the one before.
    layout.rows
      .slice(1)
      .forEach((row, k) => expect(row.barTop).toBeGreaterThan(layout.rows[k]!.barTop + layout.barHeight))
  })

  it('breaks long labels between words and sets them larger than the floor when the room allows', () => {
    const layout = layoutChart(longLabels, { log: true, unit: 'sentence pairs' }, room, measure)
    expect(layout.fits).toBe(true)
    expect(layout.px.label).toBeGreaterThan(CHART_FLOOR)
    layout.rows.forEach((row, k) => {
      expect(row.lines.join(' ')).toBe(longLabels[k]!.label)
      row.lines.forEach(line =>
        expect(line.split(' ').every(w => longLabels[k]!.label.split(' ').includes(w))).toBe(true),
      )
      expect(row.lines.length).toBeLessThanOrEqual(2)
    })
    expect(layout.rows.filter(r => r.lines.length > 1).length).toBeGreaterThan(3)
    // The labels leave the bars most of the width.
    expect(layout.plotWidth).toBeGreaterThan(room.width * 0.3)
  })

  it('breaks Chinese labels only between words', () => {
    const label = '基于人类反馈的强化学习训练的对话模型'
    const layout = layoutChart(
      [
        { label, value: 1.75e11 },
        { label: '预训练语言模型', value: 1.5e9 },
      ],
      { log: true },
      { width: 600, height: 300 },
      measure,
    )
    const pieces = wordPieces(label)
    const lines = layout.rows[0]!.lines
    expect(lines.join('')).toBe(label)
    // Every line ends where a word ends.
    let at = 0
    const ends = new Set(pieces.map(p => (at += p.length)))
    let end = 0
    lines.forEach(line => expect(ends.has((end += line.length))).toBe(true))
  })

  it('keeps axis labels clear of each other', () => {
    const layout = layoutChart(twelve, { log: true }, { width: 500, height: 600 }, measure)
    layout.ticks.slice(1).forEach((t, k) => {
      const before = layout.ticks[k]!
      expect(t.x - before.x).toBeGreaterThanOrEqual((measure(t.text, 18) + measure(before.text, 18)) / 2)
    })
  })

  it('leaves the axis ticks out before giving up, and says it does not fit when even that fails', () => {
    const tight = layoutChart(twelve, { log: true }, { width: room.width, height: 310 }, measure)
    expect(tight.fits).toBe(true)
    expect(tight.ticks).toEqual([])
    const many = Array.from({ length: 20 }, (_, k) => ({ label: `Model ${k + 1}`, value: 10 ** (k / 3 + 6) }))
    expect(layoutChart(many, { log: true }, room, measure).fits).toBe(false)
  })
})

describe('a chart too crowded for 18 px', () => {
  it('stops the build with an error placed at its items and a fix', () => {
    const items = Array.from({ length: 20 }, (_, k) => `          - { label: Model ${k + 1}, value: ${k + 1} }`).join(
      '\n',
    )
    const yaml = `deck:\n  title: T\nsections:\n  - id: s\n    title: S\n    slides:\n      - kind: chart\n        id: c\n        title: Many bars\n        log: false\n        items:\n${items}\n`
    let error: unknown
    try {
      generateMarkdown(new TextEncoder().encode(yaml), 'slides/t/outline.yaml')
    } catch (e) {
      error = e
    }
    expect(String(error)).toMatch(/E_CHART_CROWDED/)
    expect(error).toBeInstanceOf(TalkdeckError)
    const problem = (error as TalkdeckError).problems[0]!
    expect(problem.code).toBe('E_CHART_CROWDED')
    expect(problem.place).toMatchObject({ file: 'slides/t/outline.yaml', line: 12 })
    expect(problem.hint).toMatch(/split the bars/)
  })
})
