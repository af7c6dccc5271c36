// Citations from a bibliography: every citation form, both styles, the references slide filled
// with exactly the works cited, and each mistake placed. One test per fixture file.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { filesBeside } from '../scripts/lib/cite/files.ts'
import { findCitations } from '../scripts/lib/cite/syntax.ts'
import { generateMarkdown } from '../scripts/lib/generate.ts'
import { parseOutline } from '../scripts/lib/outline/parse.ts'
import type { Outline } from '../scripts/lib/outline/schema.ts'
import { caught } from './caught.ts'

const dir = path.join(import.meta.dirname, 'fixtures', 'cite')
const shown = (name: string) => path.relative(process.cwd(), path.join(dir, name))
const read = (name: string) => readFileSync(path.join(dir, name), 'utf8')
const cite = (name: string) => parseOutline(read(name), shown(name), { load: filesBeside(shown(name)) }).outline
const slide = (o: Outline, id: string) => o.sections.flatMap(s => s.slides).find(s => s.id === id)!

describe('citations read as Pandoc reads them', () => {
  it('finds bracketed, grouped, located and narrative citations, and no email address', () => {
    const keys = (t: string) => findCitations(t).map(c => [c.narrative, c.items.map(i => i.key)])
    expect(keys('a [@k1] b')).toEqual([[false, ['k1']]])
    expect(keys('[@a; @b]')).toEqual([[false, ['a', 'b']]])
    expect(findCitations('[@key, p. 3]')[0]!.items[0]).toMatchObject({ key: 'key', suffix: ', p. 3' })
    expect(keys('as @smith04 says.')).toEqual([[true, ['smith04']]])
    expect(keys('write to jo@example.org or [a link](http://x/@y)')).toEqual([])
    expect(keys('see <https://x.org/@a> and [@b](https://y.org/@c)')).toEqual([[true, ['b']]])
  })
})

describe('author-date, the default', () => {
  const o = cite('talk.md')
  it('resolves every form in titles, points, cells, captions and notes', () => {
    expect(slide(o, 'power')).toMatchObject({
      title: 'Loss falls as a power law (Kaplan et al., 2020)',
      bullets: [
        'Loss follows model size (Kaplan et al., 2020, p. 3)',
        'Two results agree (Kaplan et al., 2020; Hoffmann et al., 2022)',
        'As Hoffmann et al. (2022) showed, data matters as much as size',
        'Width transfers (see Yang & Hu, 2021, sec. 4; 2022)',
        'Mail questions to someone@example.org',
      ],
      notes: 'The notes cite too (Yang & Hu, 2021).\n',
    })
    expect(slide(o, 'sources')).toMatchObject({ rows: [['Chinchilla', '(Hoffmann et al., 2022)']] })
    expect(slide(o, 'sources')).toMatchObject({ caption: 'After Kaplan et al. (2020, p. 12)' })
  })
  it('fills the empty references slide with exactly the works cited, by author, unnumbered', () => {
    const refs = slide(o, 'refs')
    expect(refs).toMatchObject({ numbered: false })
    expect(refs.kind === 'references' && refs.items!.map(r => r.title)).toEqual([
      'Training Compute-Optimal Large Language Models',
      'Scaling Laws for Neural Language Models',
      'Tensor Programs IV: Feature Learning in Infinite-Width Neural Networks',
    ])
    expect(refs.kind === 'references' && refs.items![0]).toEqual({
      title: 'Training Compute-Optimal Large Language Models',
      authors: 'J. Hoffmann, S. Borgeaud, A. Mensch',
      year: 2022,
      venue: 'Advances in Neural Information Processing Systems',
    })
  })
  it('writes the list as a plain list in slides.md, with no citation left', () => {
    const { markdown } = generateMarkdown(Buffer.from(read('talk.md')), shown('talk.md'), {
      load: filesBeside(shown('talk.md')),
    })
    expect(markdown).not.toContain('[@')
    expect(markdown).not.toContain('A Paper Nobody Cites Here')
    expect(markdown).toContain('\n- J. Hoffmann, S. Borgeaud, A. Mensch (2022). *Training Compute-Optimal')
  })
})

describe('numeric, as a deck setting', () => {
  const o = cite('numeric.md')
  it('numbers works in order of first citation, the notes last', () => {
    expect(slide(o, 'power')).toMatchObject({
      title: 'Loss falls as a power law [1]',
      bullets: [
        'Loss follows model size [1, p. 3]',
        'Two results agree [1, 2]',
        'As Hoffmann et al. [2] showed, data matters as much as size',
        'Width transfers [see 3, sec. 4], [2]',
        'Mail questions to someone@example.org',
      ],
      notes: 'The notes cite too [3].\n',
    })
    const refs = slide(o, 'refs')
    expect(refs).toMatchObject({ numbered: true })
    expect(refs.kind === 'references' && refs.items!.map(r => r.year)).toEqual([2020, 2022, 2021])
  })
})

describe('YAML outlines cite when the deck names a bibliography', () => {
  it('reads CSL-JSON and resolves [@key] and @key', () => {
    expect(slide(cite('talk.yaml'), 'points')).toMatchObject({
      bullets: ['Loss follows model size (Kaplan et al., 2020)', 'As Kaplan et al. (2020) showed'],
    })
  })
  it('leaves text alone without a bibliography, and when not asked to resolve (convert)', () => {
    const text = read('talk.yaml')
      .replace('  bibliography: refs.json\n', '')
      .replace(/ *- \{ kind: references.*\n/, '')
    expect(slide(parseOutline(text, 'talk.yaml', { load: () => undefined }).outline, 'points')).toMatchObject({
      bullets: ['Loss follows model size [@kaplan2020]', 'As @kaplan2020 showed'],
    })
    expect(JSON.stringify(parseOutline(read('talk.md'), 'talk.md').outline)).toContain('[@kaplan2020; @hoffmann2022]')
  })
})

describe('works that would read the same', () => {
  it('get a letter after the year, in the citation and in the list', () => {
    const work = (id: string, title: string) => ({
      id,
      type: 'article',
      title,
      author: [{ family: 'Wei' }, { family: 'Tay' }, { family: 'Bosma' }],
      issued: { 'date-parts': [[2022]] },
    })
    const bib = JSON.stringify([work('cot', 'Chain of thought'), work('emergent', 'Emergent abilities')])
    const text =
      'deck: { title: T, bibliography: refs.json }\nsections:\n  - id: s\n    title: S\n    slides:\n      - { kind: bullets, id: b, title: "[@emergent; @cot]", bullets: ["@cot"] }\n      - { kind: references, id: refs, title: R }\n'
    const o = parseOutline(text, 'outline.yaml', { load: () => Buffer.from(bib) }).outline
    expect(slide(o, 'b')).toMatchObject({
      title: '(Wei et al., 2022b; Wei et al., 2022a)',
      bullets: ['Wei et al. (2022a)'],
    })
    expect(slide(o, 'refs')).toMatchObject({
      items: [
        { title: 'Chain of thought', year: '2022a' },
        { title: 'Emergent abilities', year: '2022b' },
      ],
    })
  })
})

describe('mistakes are placed', () => {
  for (const name of readdirSync(dir).filter(f => f.includes('.expect-error.'))) {
    it(name, () => {
      const text = read(name)
      const [, code, line, col, message] = /^<!-- expect: (E_[A-Z_]+) at (\d+):(\d+) — (.+) -->$/m.exec(text)!
      const error = caught(() => cite(name))
      const problem = error.problems.find(p => p.code === code)
      if (!problem) throw new Error(`expected ${code}, got: ${error.message}`)
      expect(problem.place).toEqual({ file: shown(name), line: Number(line), col: Number(col) })
      expect(problem.message).toContain(message)
      expect(problem.hint?.length).toBeGreaterThan(10)
    })
  }
  it('a bibliography that does not parse is placed in it', () => {
    const error = caught(() => cite('broken-bib.md'))
    expect(error.problems[0]).toMatchObject({ code: 'E_BIBLIOGRAPHY', place: { file: shown('broken.bib'), line: 5 } })
  })
  it('an empty references slide needs a bibliography', () => {
    const text = read('talk.yaml').replace('  bibliography: refs.json\n', '')
    expect(caught(() => parseOutline(text, 'talk.yaml', { load: () => undefined })).problems[0]).toMatchObject({
      code: 'E_MISSING',
      place: { line: 13 },
    })
  })
})
