// The legibility rules of `talkdeck check` in real Slidev and real headless Chromium: a deck with
// slides added by hand that are hard to read on purpose, one rule each, beside slides that are
// fine (some only when every scale and backdrop is measured right).
import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkDeck, type CheckResult } from '../../scripts/commands/check.ts'
import { outlineEntries } from '../../scripts/lib/check/entries.ts'
import type { Finding } from '../../scripts/lib/check/findings.ts'
import { formatFinding } from '../../scripts/lib/check/format.ts'
import { generateMarkdown } from '../../scripts/lib/generate.ts'
import { joinSegments } from '../../scripts/lib/merge/merge.ts'
import { deckPaths } from '../../scripts/lib/project.ts'
import { root } from './support.ts'

const log = () => {}
const paths = deckPaths(root, `.check-legibility-${randomBytes(4).toString('hex')}`)
const shown = path.relative(process.cwd(), paths.outline)
const outline = readFileSync(path.join(root, 'tests', 'fixtures', 'check', 'legibility.yaml'))

/** Slides added after the outline's four, in order (slide 5 on). In <div>s, not <p>s: Slidev fades a <p> right under the title. */
const added = [
  '# Small print\n\n<div style="font-size: 9px">Terms and conditions apply in small print</div>\n',
  '# Faint text\n\n<div style="color: #e8e8e8; font-size: 18px">Pale grey text on a white slide</div>\n',
  '# Cut by its box\n\n<div style="width: 120px; overflow: hidden; white-space: nowrap">Incomprehensibilities</div>\n',
  // An SVG text past the SVG's left edge, and an HTML label wider than its foreignObject.
  '# Cut by its SVG\n\n<div><svg width="300" height="80"><text x="-40" y="50" style="font-size: 24px">Cut at the left edge</text>' +
    '<foreignObject x="200" y="0" width="60" height="30"><div style="white-space: nowrap">Too wide</div></foreignObject></svg></div>\n',
  '# Lines on lines\n\n<div style="line-height: 0.5; width: 300px">This paragraph wraps onto several lines that are drawn on top of one another</div>\n',
  '# Small diagram labels\n\n```mermaid\n%%{init: {"themeVariables": {"fontSize": "12px"}}}%%\nflowchart LR\n  A[Small label] --> B[Another one]\n```\n',
  '# A chart label the font lacks\n\n<div><svg width="400" height="60"><text x="10" y="40" style="font-size: 24px">Tangut <tspan>𗀀</tspan></text></svg></div>\n',
  '# White on violet\n\n<div><svg width="400" height="60"><rect width="400" height="60" fill="#c386ff"/><text x="10" y="40" fill="#ffffff" style="font-size: 20px">A label on a bright shape</text></svg></div>\n',
  // 32 px × 0.45 and 16 px × 2 (viewBox) × 0.45: both drawn at 14.4 px.
  '# Scaled down\n\n<div style="transform: scale(0.45); transform-origin: 0 0"><div style="font-size: 32px">Scaled HTML text</div>' +
    '<div><svg width="400" height="60" viewBox="0 0 200 30"><text x="0" y="20" style="font-size: 16px">Scaled SVG text</text></svg></div></div>\n',
  // Fine only if what is behind the text counts: light text on a dark box and on a dark shape.
  '# Light on dark\n\n<div style="background: #1f2430; color: #ffffff; padding: 8px">Light text on a dark box</div>\n\n' +
    '<div><svg width="400" height="60"><rect width="400" height="60" fill="#1f2430"/><text x="10" y="40" fill="#ffffff" style="font-size: 20px">A light label on a dark shape</text></svg></div>\n',
]

const built = generateMarkdown(outline, shown)
let result: CheckResult

beforeAll(async () => {
  mkdirSync(paths.dir, { recursive: true })
  writeFileSync(paths.outline, outline)
  writeFileSync(paths.slides, joinSegments([...built.slides.map(s => s.text), ...added]))
  try {
    result = await checkDeck(paths, { json: true, log, entries: outlineEntries(built.slides) })
  } finally {
    rmSync(paths.dir, { recursive: true, force: true })
  }
}, 300_000)

afterAll(() => rmSync(paths.dir, { recursive: true, force: true }))

const on = (slide: number) => result.findings.filter(f => f.slide === slide)
const only = (slide: number, kind: Finding['kind']): Finding => {
  expect(on(slide).map(f => f.kind)).toEqual([kind])
  return on(slide)[0]!
}

describe('talkdeck check: legibility', () => {
  it('finds exactly one kind of problem on each hard-to-read slide, and none on the others', () => {
    const found = result.findings.map(f => `${f.slide} ${f.kind}`)
    expect([...new Set(found)].sort(), result.findings.map(formatFinding).join('\n')).toEqual(
      [
        '3 font',
        '5 small-text',
        '6 contrast',
        '7 clipped',
        '8 clipped',
        '9 overlap',
        '10 small-text',
        '11 font',
        '12 contrast',
        '13 small-text',
      ].sort(),
    )
  })

  it('reports text under 18 px, diagram labels too, at the size they are drawn', () => {
    expect(only(5, 'small-text')).toMatchObject({ title: 'Small print', detail: { px: 9, min: 18, runs: 1 } })
    expect(only(5, 'small-text').message).toBe('text 9 px, under 18 px: "Terms and conditions apply in …"')
    expect(only(10, 'small-text').message).toBe('diagram label 12 px, under 18 px: "Small label" and 1 more')
    // CSS transforms and an SVG's viewBox both count.
    expect(only(13, 'small-text').detail).toEqual({ px: 14.4, min: 18, runs: 2 })
  })

  it('reports pale text, and text on a shape too bright for it', () => {
    expect(only(6, 'contrast').message).toBe(
      'text contrast 1.23:1, under 4.5:1 (#e8e8e8 on #ffffff): "Pale grey text on a white slid…"',
    )
    expect(only(12, 'contrast').message).toBe(
      'text contrast 2.57:1, under 4.5:1 (#ffffff on #c386ff): "A label on a bright shape"',
    )
  })

  it('reports text cut by its box and by its SVG', () => {
    expect(only(7, 'clipped').message).toMatch(
      /^text cut off \d+ px past the right edge of its box: "Incomprehensibilities"$/,
    )
    expect(only(8, 'clipped').message).toMatch(
      /^text cut off 4\d px past the left edge of its SVG: "Cut at the left edge" and 1 more$/,
    )
  })

  it('reports lines drawn over each other', () => {
    expect(only(9, 'overlap').message).toMatch(
      /^lines of text overlap by \d+% of a line: "This paragraph wraps onto seve…" \(its own lines\)/,
    )
  })

  it('reports characters no deck font has in diagram labels and SVG text, placed in the outline', () => {
    expect(only(3, 'font')).toMatchObject({
      id: 'odd-label',
      place: built.slides.find(s => s.id === 'odd-label')!.place,
    })
    expect(only(3, 'font').message).toContain('U+17000')
    expect(only(11, 'font').message).toContain('U+17000')
  })

  it('gives the deck its text sizes, in the JSON beside the findings', () => {
    expect(result.figures.smallest).toEqual({ px: 9, slide: 5, text: 'Terms and conditions apply in …' })
    expect(result.figures.smallestDiagramLabel).toMatchObject({ px: 12, slide: 10 })
    expect(result.figures.medianPx).toBeGreaterThanOrEqual(18)
    expect(JSON.parse(result.output)).toEqual({ findings: result.findings, figures: result.figures })
  })
})
