// Code and prompt blocks: a fenced block in a language that is no kind is the slide's `code`, with
// points before (`bullets`) and after (`after`) it; a ```yaml block that is not fields says how to
// show YAML as code; both outline formats convert into each other; long blocks fit by measurement.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { convertOutline } from '../scripts/lib/convert.ts'
import { codeLineCount } from '../scripts/lib/fonts/mono.ts'
import { generateMarkdown } from '../scripts/lib/generate.ts'
import { codeHeight } from '../scripts/lib/kinds/code-fit.ts'
import { parseOutline } from '../scripts/lib/outline/parse.ts'
import { contentRoom, theme } from '../scripts/lib/theme.ts'
import { caught } from './caught.ts'

const fixture = path.join(import.meta.dirname, 'fixtures', 'code', 'outline.md')
const head = '---\ntitle: T\n---\n\n# S {#s}\n\n'
const slidesOf = (md: string) => parseOutline(head + md, 'outline.md').outline.sections[0]!.slides

describe('code blocks in a Markdown outline', () => {
  it('a ```text block alone is a code slide', () => {
    const [slide] = slidesOf('## A prompt {#p}\n\n```text\nQ: key: value\nQ: key: value\nA:\n```\n')
    expect(slide).toMatchObject({
      kind: 'code',
      title: 'A prompt',
      code: { lang: 'text', text: 'Q: key: value\nQ: key: value\nA:\n' },
    })
  })

  it('a ```python block between points keeps the points above and below it', () => {
    const [slide] = slidesOf('## Loss {#l}\n\n- above\n\n```python\ndef f(x):\n    return x\n```\n\n- below\n')
    expect(slide).toMatchObject({
      kind: 'code',
      bullets: ['above'],
      code: { lang: 'python', text: 'def f(x):\n    return x\n' },
      after: ['below'],
    })
  })

  it('a fence with no language is plain text; ```yml shows YAML as code', () => {
    const [plain, yml] = slidesOf('## A {#a}\n\n```\nplain\n```\n\n## B {#b}\n\n```yml\nmodel: gpt-4\n```\n')
    expect(plain).toMatchObject({ kind: 'code', code: { lang: 'text', text: 'plain\n' } })
    expect(yml).toMatchObject({ kind: 'code', code: { lang: 'yml', text: 'model: gpt-4\n' } })
  })

  it('a ```yaml block that is not fields says it is read as the slide’s fields, and how to show code', () => {
    const error = caught(() => slidesOf('## Config {#c}\n\n- a point\n\n```yaml\nmodel: a\nmodel: b\n```\n'))
    const problem = error.problems[0]!
    expect(problem.message).toMatch(/^a ```yaml block holds this slide's fields, and this one is not fields: .*unique/)
    expect(problem.hint).toContain('fence it as ```yml (YAML) or ```text')
    expect(problem.place).toMatchObject({ file: 'outline.md', line: 13 })
  })

  it('a code block and a second list before it are two lists of points', () => {
    const error = caught(() => slidesOf('## X {#x}\n\n- a\n\n```text\nb\n```\n\n- c\n\n- d\n\n```text\ne\n```\n'))
    expect(error.problems.map(p => p.code)).toContain('E_MD_TWICE')
  })
})

describe('convert', () => {
  it('Markdown → YAML → Markdown gives the same outline and the same bytes', () => {
    const md = readFileSync(fixture, 'utf8').replace('date: 2026-12-01', 'date: "2026-12-01"')
    const yaml = convertOutline(md, 'outline.md', 'yaml')
    expect(yaml).toContain('      - kind: code\n')
    expect(yaml).toContain('        code:\n          lang: python\n          text: |\n            import torch')
    expect(parseOutline(yaml, 'outline.yaml').outline).toEqual(parseOutline(md, 'outline.md').outline)
    expect(convertOutline(yaml, 'outline.yaml', 'md')).toBe(md)
  })

  it('a code block in YAML that Markdown cannot show as a fence stays a YAML block', () => {
    const yaml = `deck:\n  title: T\nsections:\n  - id: s\n    title: S\n    slides:\n      - kind: code\n        id: c\n        title: C\n        code: { lang: yaml, text: "a: 1\\n" }\n`
    const md = convertOutline(yaml, 'outline.yaml', 'md')
    expect(md).toContain('{#c .code}')
    expect(parseOutline(md, 'outline.md').outline).toEqual(parseOutline(yaml, 'outline.yaml').outline)
  })
})

describe('fitting', () => {
  const { width } = contentRoom()

  it('wraps a line longer than the block rather than letting it run off', () => {
    const px = 20
    const chars = Math.floor((width - 2 * 0.75 * px - 4) / (0.6 * px))
    expect(codeLineCount('x'.repeat(chars), width - 2 * 0.75 * px - 4, px)).toBe(1)
    expect(codeLineCount(`${'word '.repeat(Math.ceil(chars / 5))}more`, width - 2 * 0.75 * px - 4, px)).toBe(2)
    expect(codeHeight('a\nb', px, width)).toBeLessThan(codeHeight('a\nb\nc', px, width))
  })

  it('sets code at 18 px or more and splits a long block across slides, points with their part', () => {
    const lines = Array.from({ length: 40 }, (_, i) => `    step_${i} = compute(step_${i - 1})  # line ${i}`)
    const md = `${head}## Long {#long}\n\n- before\n\n\`\`\`python\n${lines.join('\n')}\n\`\`\`\n\n- after\n`
    const slides = generateMarkdown(Buffer.from(md), 'outline.md').slides.map(s => s.text)
    const parts = slides.filter(s => /routeAlias: long/.test(s))
    expect(parts.length).toBeGreaterThan(1)
    for (const part of parts) {
      const size = Number(/code-(\d+)/.exec(part)![1])
      expect(size).toBeGreaterThanOrEqual(theme.type.code.floor)
    }
    expect(parts[0]).toContain('- before')
    expect(parts.at(-1)).toContain('- after')
    expect(parts.at(-1)).toContain('# Long (cont.)')
    const shown = parts.flatMap(p => /```python\n([\s\S]*?)\n```/.exec(p)![1]!.split('\n'))
    expect(shown).toEqual(lines)
  })
})
