// Markdown outlines (outline.md) read into the same outline model as YAML ones, checked by the
// same schema, with problems placed at outline.md:line:col. One test per fixture file.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseOutline } from '../scripts/lib/outline/parse.ts'
import { logAxis } from '../scripts/lib/kinds/chart.ts'
import { caught } from './caught.ts'

const dir = path.join(import.meta.dirname, 'fixtures', 'outlines-md')
const files = readdirSync(dir).filter(f => f.endsWith('.md'))
const read = (name: string) => readFileSync(path.join(dir, name), 'utf8')

describe('good Markdown outlines parse', () => {
  for (const name of files.filter(f => !f.includes('.expect-error.'))) {
    it(name, () => {
      const { outline } = parseOutline(read(name), `fixtures/${name}`)
      expect(outline.sections.length).toBeGreaterThan(0)
    })
  }

  it('every kind reads into the fields a YAML outline would give', () => {
    const { outline, locate } = parseOutline(read('every-kind.md'), 'every-kind.md')
    const [opening, body, end] = outline.sections
    expect(outline.deck).toMatchObject({ title: 'Every kind in Markdown', date: 2024, language: 'en' })
    expect(opening).toMatchObject({ id: 'opening', divider: false })
    expect(body).toMatchObject({ id: 'body', minutes: 12 })
    expect(opening!.slides.map(s => s.kind)).toEqual(['cover', 'agenda'])
    expect(body!.slides.map(s => s.kind)).toEqual([
      'bullets',
      'table',
      'quote',
      'image',
      'columns',
      'timeline',
      'pipeline',
      'chart',
    ])
    expect(end!.slides.map(s => s.kind)).toEqual(['references', 'closing'])
    expect(body!.slides[0]).toEqual({
      kind: 'bullets',
      id: 'points',
      title: 'Points, one at a time',
      reveal: true,
      bullets: [
        { markdown: 'A point with **strong** words, read as Markdown' },
        { text: 'A point with sub-points', sub: ['first', 'second | escaped bar'] },
        '1. not a numbered list',
      ],
      notes: 'Say this aloud.\nAnd this.\n',
    })
    expect(body!.slides[1]).toMatchObject({
      columns: ['Model', 'Parameters'],
      rows: [
        ['GPT-2', '1.5e9'],
        ['GPT-3', 175000000000],
      ],
      caption: 'Sizes as published',
    })
    expect(body!.slides[2]).toMatchObject({
      quote: 'Make it simple, but not simpler.',
      author: 'attributed to Einstein',
    })
    expect(body!.slides[3]).toMatchObject({
      src: 'images/decoder-stack.svg',
      alt: 'A stack of decoder blocks',
      caption: 'Decoder only',
    })
    expect(body!.slides[4]).toMatchObject({
      left: { heading: 'Fine-tuning', bullets: ['one model per task'] },
      right: { heading: 'Prompting' },
    })
    expect(body!.slides[7]).toMatchObject({
      unit: 'parameters',
      items: [{ value: 1.5e9, display: '1.5B' }, { value: 1.75e11 }],
    })
    // No `log:` written: the axis is logarithmic as the values span two orders of magnitude.
    expect(body!.slides[7]).not.toHaveProperty('log')
    expect(logAxis(body!.slides[7] as never)).toBe(true)
    // Places count from the top of the .md file, inside fenced blocks too.
    expect(locate(['sections', 1, 'slides', 0, 'bullets', 1, 'sub', 1])).toMatchObject({ line: 23, col: 3 })
    expect(locate(['sections', 1, 'slides', 5, 'events', 1, 'label'])).toMatchObject({ line: 70, col: 26 })
    expect(locate(['deck', 'speaker'])).toMatchObject({ line: 4, col: 10 })
  })

  it('Pandoc ::: notes and the directive form :::notes are the same', () => {
    const text = (fence: string) => `---\ntitle: T\n---\n\n# S {#s}\n\n## A {#a}\n\n- x\n\n${fence}\nline\n:::\n`
    const notes = (fence: string) =>
      (parseOutline(text(fence), 'n.md').outline.sections[0]!.slides[0] as { notes?: string }).notes
    expect(notes('::: notes')).toBe('line\n')
    expect(notes(':::notes')).toBe('line\n')
  })
})

describe('bad Markdown outlines are refused with code, place and fix', () => {
  for (const name of files.filter(f => f.includes('.expect-error.'))) {
    it(name, () => {
      const text = read(name)
      const expectation = /^<!-- expect: (E_[A-Z_]+) at (\d+):(\d+) — (.+) -->$/m.exec(text)
      if (!expectation) throw new Error(`${name} lacks its "<!-- expect: CODE at line:col — message -->" line`)
      const [, code, line, col, message] = expectation
      const error = caught(() => parseOutline(text, `fixtures/${name}`))
      const problem = error.problems.find(p => p.code === code)
      if (!problem) throw new Error(`expected ${code}, got: ${error.message}`)
      expect(problem.place).toEqual({ file: `fixtures/${name}`, line: Number(line), col: Number(col) })
      expect(problem.message).toContain(message)
      expect(problem.hint?.length).toBeGreaterThan(10)
      expect(error.message).toContain(`fixtures/${name}:${line}:${col} error ${code}:`)
    })
  }
})
