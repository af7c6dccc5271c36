// `talkdeck check` in real Slidev and real headless Chromium: a deck broken on purpose (one
// failing slide per kind of finding), and the shipped talk, which must come out clean.
import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkDeck, type CheckResult } from '../../scripts/commands/check.ts'
import { filesBeside } from '../../scripts/lib/cite/files.ts'
import { generateMarkdown } from '../../scripts/lib/generate.ts'
import type { Finding } from '../../scripts/lib/check/findings.ts'
import { formatFinding } from '../../scripts/lib/check/format.ts'
import { outlineEntries } from '../../scripts/lib/check/entries.ts'
import type { Place } from '../../scripts/lib/errors.ts'
import { joinSegments } from '../../scripts/lib/merge/merge.ts'
import { deckPaths } from '../../scripts/lib/project.ts'
import { root } from './support.ts'

const log = () => {}
const paths = deckPaths(root, `.check-broken-${randomBytes(4).toString('hex')}`)
const shown = path.relative(process.cwd(), paths.outline)
const outline = readFileSync(path.join(root, 'tests', 'fixtures', 'check', 'broken.yaml'))

/** Hand edits that break generated slides, by slide id. */
const edits: Record<string, (text: string) => string> = {
  'too-long': text =>
    text.replace(
      /(\n- .*\n)(?!- )/,
      `$1${Array.from({ length: 18 }, (_, i) => `- A point added by hand, number ${i + 1}\n`).join('')}`,
    ),
  'broken-diagram': text =>
    text.replace(/```mermaid[^\n]*\n[\s\S]*?```/, '```mermaid\nflowchart LR\n  A[unclosed --> B\n```'),
  'lost-notes': text => text.replace(/\n<!--[\s\S]*?-->\n/, '\n'),
  emptied: text => text.match(/^---\n[\s\S]*?\n---\n/)![0],
  'odd-glyphs': text => `${text.trimEnd()}\n\n<p style="font-family: serif">Set in serif by hand</p>\n`,
}
/** Slides added by hand, after the slide of that id: a component given no data, so it throws;
 * an image whose address is only known at run time, so it compiles and then 404s. */
const added: Record<string, string> = {
  emptied: '# A chart without data\n\n<ScaleChart />\n',
  closing: `# A picture from nowhere\n\n<img :src="'/images/nowhere.png'" alt="nothing">\n`,
}

const built = generateMarkdown(outline, shown)
const placeOf = (id: string): Place => built.slides.find(s => s.id === id)!.place!
let result: CheckResult

beforeAll(async () => {
  const texts = built.slides.flatMap(s => {
    const text = edits[s.id]?.(s.text) ?? s.text
    return added[s.id] === undefined ? [text] : [text, added[s.id]!]
  })
  mkdirSync(paths.dir, { recursive: true })
  writeFileSync(paths.outline, outline)
  writeFileSync(paths.slides, joinSegments(texts))
  try {
    result = await checkDeck(paths, { json: true, log, entries: outlineEntries(built.slides) })
  } finally {
    rmSync(paths.dir, { recursive: true, force: true })
  }
})

afterAll(() => rmSync(paths.dir, { recursive: true, force: true }))

const of = (kind: Finding['kind']) => result.findings.filter(f => f.kind === kind)

describe('talkdeck check on a deck broken on purpose', () => {
  it('finds exactly one kind of problem on each broken slide, and none on the others', () => {
    const found = result.findings.map(f => `${f.slide} ${f.kind}`)
    expect([...new Set(found)].sort(), result.findings.map(formatFinding).join('\n')).toEqual(
      ['3 overflow', '4 mermaid', '5 image', '6 notes', '7 empty', '8 error', '9 font', '11 image'].sort(),
    )
  })

  it('reports overflow past the bottom edge, with the outline entry', () => {
    const [overflow] = of('overflow')
    expect(overflow).toMatchObject({
      slide: 3,
      id: 'too-long',
      title: 'Far too many points',
      place: placeOf('too-long'),
    })
    expect(overflow!.detail.bottom).toBeGreaterThan(20)
    expect(overflow!.message).toMatch(/^content runs \d+ px past the bottom edge/)
  })

  it('reports a Mermaid diagram that does not parse', () => {
    expect(of('mermaid')).toMatchObject([{ slide: 4, id: 'broken-diagram', place: placeOf('broken-diagram') }])
    expect(of('mermaid')[0]!.message).toMatch(/Mermaid diagram failed: .*(Parse|error)/i)
  })

  it('reports an image that is not there, whether Vite or the browser finds out', () => {
    expect(of('image')).toMatchObject([
      { slide: 5, id: 'missing-image', place: placeOf('missing-image') },
      { slide: 11, title: 'A picture from nowhere' },
    ])
    expect(of('image')[0]!.message).toContain('image not found: /images/not-there.png')
    expect(of('image')[1]!.message).toMatch(/image failed to load: .*\/images\/nowhere\.png/)
  })

  it('reports notes the outline gives but the slide lost', () => {
    expect(of('notes')).toMatchObject([{ slide: 6, id: 'lost-notes', place: placeOf('lost-notes') }])
  })

  it('reports an empty slide', () => {
    expect(of('empty')).toMatchObject([{ slide: 7, id: 'emptied', title: '', place: placeOf('emptied') }])
  })

  it('reports a component that throws, on a slide added by hand (no outline place)', () => {
    const [error] = of('error')
    expect(error).toMatchObject({ slide: 8, title: 'A chart without data' })
    expect(error!.id).toBeUndefined()
    expect(error!.place).toBeUndefined()
    expect(error!.message).toMatch(/ScaleChart/)
    expect(formatFinding(error!)).toMatch(
      /^slide 8 "A chart without data" \(added by hand\): error: a component threw: /,
    )
  })

  it('reports a character the deck font lacks and text set in another font', () => {
    const fonts = of('font')
    expect(fonts.every(f => f.slide === 9 && f.id === 'odd-glyphs')).toBe(true)
    expect(fonts.map(f => f.message).join('\n')).toContain('U+17000')
    expect(fonts.map(f => f.message).join('\n')).toMatch(/text set in serif/)
  })

  it('prints the findings as JSON, placed in the outline', () => {
    expect(JSON.parse(result.output)).toEqual({ findings: result.findings, figures: result.figures })
    expect(placeOf('too-long').file).toBe(shown)
  })
})

describe('talkdeck check on the shipped talk', () => {
  it('finds nothing wrong', { timeout: 300_000 }, async () => {
    const talk = deckPaths(root, 'chatgpt')
    const entries = outlineEntries(
      generateMarkdown(readFileSync(talk.outline), talk.outline, { load: filesBeside(talk.outline) }).slides,
    )
    const { findings, output } = await checkDeck(talk, { log, entries })
    expect(findings.map(formatFinding)).toEqual([])
    expect(output).toMatch(/^text sizes: median [\d.]+ px; [^\n]*\nchecked \d+ slides: nothing to report$/)
  })
})
