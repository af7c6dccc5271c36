// The pure parts of `talkdeck check`: measurements → findings, the places they point at, and
// how they are printed. The browser side is tested in tests/e2e/check.test.ts.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { viteMessage } from '../scripts/lib/check/compile-errors.ts'
import { deckFindings, findingsFor, overflowOf, type Box, type SlideMeasure } from '../scripts/lib/check/findings.ts'
import { formatFinding, formatHuman, formatJson } from '../scripts/lib/check/format.ts'
import { outlineEntries } from '../scripts/lib/check/entries.ts'
import { generateMarkdown } from '../scripts/lib/generate.ts'
import { parseOutline } from '../scripts/lib/outline/parse.ts'

const canvas = { width: 980, height: 552 }
const place = { file: 'slides/t/outline.yaml', line: 12, col: 9 }
const box = (left: number, top: number, right: number, bottom: number, what = 'p'): Box => ({
  left,
  top,
  right,
  bottom,
  what,
})

/** A slide with nothing wrong; each test spoils one thing. */
function clean(over: Partial<SlideMeasure> = {}): SlideMeasure {
  return {
    no: 4,
    title: 'GPT-2',
    id: 'gpt2',
    hasNotes: true,
    rendered: true,
    canvas,
    boxes: [box(0, 0, 980, 552, 'div'), box(56, 40, 900, 90, 'h1 "GPT-2"')],
    diagrams: [],
    wrongFonts: [],
    fontFaces: 200,
    missingGlyphs: [],
    unloadedGlyphs: [],
    images: [],
    texts: [],
    text: 30,
    graphics: 0,
    errors: [],
    ...over,
  }
}
const kinds = (m: SlideMeasure, notes = true) => findingsFor(m, { place, notes }).map(f => f.kind)

describe('overflowOf', () => {
  it('finds nothing when every box is inside, allowing a pixel of rounding', () => {
    expect(overflowOf([box(0, 0, 980, 552), box(-0.8, 10, 980.9, 552.6)], canvas)).toEqual([])
  })

  it('reports each side by its furthest box, naming the smallest of the boxes that reach as far', () => {
    const boxes = [
      box(40, 100, 900, 590, 'ul'),
      box(60, 560, 400, 590.2, 'li "last point"'),
      box(-12, 0, 10, 10, 'span'),
      box(0, 0, 1000.4, 20, 'h1'),
    ]
    expect(overflowOf(boxes, canvas)).toEqual([
      { side: 'right', px: 20, what: 'h1' },
      { side: 'bottom', px: 38, what: 'li "last point"' },
      { side: 'left', px: 12, what: 'span' },
    ])
  })
})

describe('findingsFor', () => {
  it('finds nothing on a clean slide', () => {
    expect(findingsFor(clean(), { place, notes: true })).toEqual([])
  })

  it('places a finding at the outline entry, with the slide number, title and id', () => {
    const [finding] = findingsFor(clean({ boxes: [box(56, 500, 900, 590, 'li "x"')] }), { place, notes: false })
    expect(finding).toEqual({
      kind: 'overflow',
      slide: 4,
      title: 'GPT-2',
      id: 'gpt2',
      place,
      message: 'content runs 38 px past the bottom edge (li "x")',
      detail: { bottom: 38 },
    })
  })

  it('leaves out the place and id of a slide added by hand', () => {
    const [finding] = findingsFor(clean({ id: undefined, text: 0 }))
    expect(finding).toMatchObject({ kind: 'empty', slide: 4 })
    expect(finding).not.toHaveProperty('place')
    expect(finding).not.toHaveProperty('id')
  })

  it('reports a diagram that failed, was not drawn, has no size or no text', () => {
    const error = {
      error: "Parse error on line 3:\n...A[unclosed --> B\n----------^\nExpecting 'SQE', got 'PS'",
      svg: false,
      width: 0,
      height: 0,
      text: 0,
    }
    const drawn = { svg: true, width: 400, height: 200, text: 12 }
    const messages = findingsFor(
      clean({ diagrams: [error, { ...drawn, svg: false }, { ...drawn, width: 0 }, { ...drawn, text: 0 }, drawn] }),
    ).map(f => f.message)
    expect(messages).toEqual([
      "Mermaid diagram 1 failed: Parse error on line 3: Expecting 'SQE', got 'PS'",
      'Mermaid diagram 2 was not drawn (no SVG)',
      'Mermaid diagram 3 is drawn at zero size',
      'Mermaid diagram 4 has no text',
    ])
  })

  it('reports fallback fonts: another family, a glyph the font lacks, a face that did not load, no face at all', () => {
    const wrongFonts = [
      { family: 'serif', what: 'p "a"' },
      { family: 'serif', what: 'p "b"' },
      { family: 'monospace', what: 'code "c"' },
    ]
    const found = findingsFor(clean({ wrongFonts, missingGlyphs: ['μ'], unloadedGlyphs: ['中'] }))
    expect(found.map(f => f.message)).toEqual([
      'text set in serif instead of Noto Sans / Noto Sans SC / Noto Sans Mono: p "a", p "b"',
      'text set in monospace instead of Noto Sans / Noto Sans SC / Noto Sans Mono: code "c"',
      'Noto Sans / Noto Sans SC / Noto Sans Mono has no glyph for "μ" (U+03BC): a fallback font draws them',
      'Noto Sans / Noto Sans SC / Noto Sans Mono did not load for "中" (U+4E2D): a fallback font draws them',
    ])
    expect(found[0]!.detail).toEqual({ elements: 2 })
    expect(kinds(clean({ fontFaces: 0, missingGlyphs: ['a'] }))).toEqual(['font'])
  })

  it('reports broken images, errors, empty slides and lost notes', () => {
    expect(
      kinds(
        clean({
          images: [
            { src: '/a.png', broken: true },
            { src: '/b.png', broken: false },
          ],
        }),
      ),
    ).toEqual(['image'])
    expect(kinds(clean({ errors: ['TypeError: x (in ScaleChart, render function)'] }))).toEqual(['error'])
    expect(kinds(clean({ text: 0, graphics: 0 }))).toEqual(['empty'])
    expect(kinds(clean({ text: 0, graphics: 1 }))).toEqual([])
    expect(kinds(clean({ hasNotes: false }), true)).toEqual(['notes'])
    expect(kinds(clean({ hasNotes: false }), false)).toEqual([])
  })

  it('reports a slide that did not render once, as a missing image when Vite says so', () => {
    const failed = clean({
      rendered: false,
      boxes: [],
      text: 0,
      errors: ['slide failed to load TypeError: Failed to fetch dynamically imported module: /@slidev/slides/4/md'],
    })
    const image = findingsFor({
      ...failed,
      loadError: 'Failed to resolve import "/images/x.png" from "slides.md__slidev_4.md". Does the file exist?',
    })
    expect(image.map(f => [f.kind, f.message])).toEqual([
      ['image', 'image not found: /images/x.png (the slide cannot be compiled, so it shows an error instead)'],
    ])
    const other = findingsFor({ ...failed, loadError: 'Element is missing end tag.' })
    expect(other.map(f => [f.kind, f.message])).toEqual([
      ['error', 'the slide does not render: Element is missing end tag.'],
    ])
    expect(findingsFor(failed).map(f => f.message)).toEqual(['the slide does not render: see the dev server output'])
  })

  it('gives errors that belong to no slide to the deck, as slide 0', () => {
    expect(deckFindings(['boom'])).toEqual([
      { kind: 'error', slide: 0, title: '', message: 'the deck raised an error: boom', detail: {} },
    ])
  })
})

describe('outlineEntries', () => {
  it('maps each planned slide id to its outline place, and says which give notes', () => {
    const text = readFileSync(path.join(import.meta.dirname, 'fixtures', 'check', 'broken.yaml'), 'utf8')
    const entries = outlineEntries(generateMarkdown(Buffer.from(text), 'broken.yaml').slides)
    expect(entries.get('too-long')).toEqual({ place: { file: 'broken.yaml', line: 18, col: 9 }, notes: false })
    expect(entries.get('lost-notes')?.notes).toBe(true)
    expect(entries.get('cover')?.place.line).toBe(12)
  })
})

describe('output', () => {
  const finding = findingsFor(clean({ boxes: [box(0, 0, 980, 590, 'ul')] }), { place, notes: false })[0]!
  const hand = findingsFor(clean({ id: undefined, title: '', text: 0 }))[0]!

  it('prints one line per finding, placed in the outline, then a summary', () => {
    expect(formatFinding(finding)).toBe(
      'slide 4 "GPT-2" (slides/t/outline.yaml:12:9): overflow: content runs 38 px past the bottom edge (ul)',
    )
    expect(formatFinding(hand)).toBe(
      'slide 4 (untitled) (added by hand): empty: the slide shows nothing: no text, no image, no diagram',
    )
    expect(formatFinding(deckFindings(['boom'])[0]!)).toBe('deck: error: the deck raised an error: boom')
    expect(formatHuman([finding, hand], 45).split('\n').at(-1)).toBe('2 findings on 1 of 45 slides')
    expect(formatHuman([], 45)).toBe('checked 45 slides: nothing to report')
  })

  it('prints the text sizes before the summary', () => {
    const figures = {
      medianPx: 24,
      smallest: { px: 9, slide: 4, text: 'x' },
      smallestDiagramLabel: null,
      smallestCode: null,
    }
    expect(formatHuman([finding], 45, figures).split('\n').slice(1)).toEqual([
      'text sizes: median 24 px; smallest 9 px on slide 4 ("x")',
      '1 finding on 1 of 45 slides',
    ])
    expect(formatHuman([], 45, figures)).toBe(
      'text sizes: median 24 px; smallest 9 px on slide 4 ("x")\nchecked 45 slides: nothing to report',
    )
  })

  it('prints JSON that reads back as the findings and the text sizes', () => {
    const figures = { medianPx: null, smallest: null, smallestDiagramLabel: null, smallestCode: null }
    expect(JSON.parse(formatJson({ findings: [finding, hand], figures }))).toEqual({
      findings: [finding, hand],
      figures,
    })
    expect(JSON.parse(formatJson({ findings: [], figures }))).toEqual({ findings: [], figures })
  })
})

describe('viteMessage', () => {
  it("reads the message of Vite's error page", () => {
    const page =
      '<script type="module">\n const error = {"message":"Failed to resolve import \\"/images/x.png\\" from \\"a.md\\".","stack":"at x"}\n</script>'
    expect(viteMessage(page)).toBe('Failed to resolve import "/images/x.png" from "a.md".')
    expect(viteMessage('Internal error\nmore')).toBe('Internal error')
    expect(viteMessage('<html></html>')).toBeUndefined()
  })
})
