import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseOutline, parseOutlineBytes, MAX_OUTLINE_BYTES } from '../scripts/lib/outline/parse.ts'
import { caught } from './caught.ts'

const dir = path.join(import.meta.dirname, 'fixtures', 'outlines')
const files = readdirSync(dir).filter(f => f.endsWith('.yaml'))

function parseFixture(name: string) {
  return parseOutlineBytes(readFileSync(path.join(dir, name)), `fixtures/${name}`)
}

describe('good outlines parse', () => {
  for (const name of files.filter(f => !f.includes('.expect-error.'))) {
    it(name, () => {
      const { outline } = parseFixture(name)
      expect(outline.sections.length).toBeGreaterThan(0)
    })
  }
  it('the shipped talk', () => {
    const file = path.join(import.meta.dirname, '..', 'slides', 'chatgpt', 'outline.yaml')
    const { outline } = parseOutlineBytes(readFileSync(file), file)
    expect(outline.deck.language).toBe('zh-CN')
  })
})

describe('bad outlines are refused with code, place and fix', () => {
  for (const name of files.filter(f => f.includes('.expect-error.'))) {
    it(name, () => {
      const text = readFileSync(path.join(dir, name), 'utf8')
      const expectation = /^# expect: (E_[A-Z_]+) at (\d+):(\d+) — (.+)$/m.exec(text)
      if (!expectation) throw new Error(`${name} lacks its "# expect: CODE at line:col — message" line`)
      const [, code, line, col, message] = expectation
      const error = caught(() => parseFixture(name))
      const problem = error.problems.find(p => p.code === code)
      if (!problem) throw new Error(`expected ${code}, got: ${error.message}`)
      expect(problem.place).toEqual({ file: `fixtures/${name}`, line: Number(line), col: Number(col) })
      expect(problem.message).toContain(message)
      expect(problem.hint?.length).toBeGreaterThan(10)
      expect(error.message).toContain(`fixtures/${name}:${line}:${col} error ${code}:`)
    })
  }
})

describe('input that is not a readable outline', () => {
  it('non-UTF-8 bytes name the line of the first bad byte', () => {
    const bytes = Buffer.concat([Buffer.from('deck:\n  title: caf'), Buffer.from([0xe9]), Buffer.from('\n')])
    const problem = caught(() => parseOutlineBytes(bytes, 'latin1.yaml')).problems[0]!
    expect(problem.code).toBe('E_ENCODING')
    expect(problem.place).toEqual({ file: 'latin1.yaml', line: 2, col: 13 })
  })

  it('an outline over the size limit is refused at once', () => {
    const bytes = new Uint8Array(MAX_OUTLINE_BYTES + 1).fill(0x61)
    expect(caught(() => parseOutlineBytes(bytes, 'huge.yaml')).code).toBe('E_TOO_LARGE')
  })

  it('collects every problem in one run, not just the first', () => {
    const text = [
      'deck: { title: T }',
      'sections:',
      '  - id: a',
      '    title: A',
      '    slides:',
      '      - { kind: bullets, bullets: [x] }',
      '      - { kind: quote }',
    ].join('\n')
    const error = caught(() => parseOutline(text, 'two.yaml'))
    expect(error.problems.map(p => p.place?.line)).toEqual([6, 7])
  })

  it('default slide ids are <section>-<n> and collide like explicit ones', () => {
    const text = [
      'deck: { title: T }',
      'sections:',
      '  - id: a',
      '    title: A',
      '    slides:',
      '      - { kind: bullets, title: X, bullets: [x] }',
      '      - { kind: bullets, id: a-1, title: Y, bullets: [y] }',
    ].join('\n')
    expect(caught(() => parseOutline(text, 'ids.yaml')).problems[0]?.message).toContain('"a-1" is used twice')
  })
})

describe('YAML aliases', () => {
  const outline = (uses: number) =>
    `deck:\n  title: &t Same title\nsections:\n  - id: a\n    title: A\n    slides:\n${'      - { kind: bullets, title: *t, bullets: [x] }\n'.repeat(uses)}`

  it('an anchor named on every slide of a long deck reads', () => {
    const { outline: read } = parseOutline(outline(150), 'a.yaml')
    expect(read.sections[0]!.slides).toHaveLength(150)
  })

  it('an alias bomb is refused at its first alias, with a fix', () => {
    const names = 'abcdef'
    const bomb = [...names].map((n, i) =>
      i === 0
        ? 'a: &a [x, x, x, x, x, x, x, x, x, x]'
        : `${n}: &${n} [${Array(10)
            .fill(`*${names[i - 1]}`)
            .join(', ')}]`,
    )
    const problem = caught(() => parseOutline(`${bomb.join('\n')}\n`, 'bomb.yaml')).problems[0]!
    expect(problem.code).toBe('E_YAML')
    expect(problem.place).toEqual({ file: 'bomb.yaml', line: 2, col: 8 })
    expect(problem.message).toContain('aliases')
  })
})
