// The pure parts of the legibility rules of `talkdeck check`: contrast maths, overlapping and
// clipped lines, the findings made of measured text runs, and the deck's text-size figures. The
// probe that measures runs in the page is tested in tests/e2e/legibility.test.ts.
import { describe, expect, it } from 'vitest'
import { composite, contrastRatio, hex, luminance, type Rgba } from '../scripts/lib/check/colour.ts'
import { formatFigures, textFigures, weightedMedian } from '../scripts/lib/check/figures.ts'
import { findingsFor, isWarning, type SlideMeasure } from '../scripts/lib/check/findings.ts'
import {
  clipOf,
  contrastOf,
  legibilityProblems,
  neededContrast,
  overlapShare,
  overlapsOf,
  type Rect,
  type TextRun,
} from '../scripts/lib/check/legibility.ts'

const BLACK: Rgba = [0, 0, 0, 1]
const WHITE: Rgba = [255, 255, 255, 1]
const line = (left: number, top: number, right: number, bottom: number): Rect => ({ left, top, right, bottom })

/** A run anyone can read: 24 px black text on white, on one line, not clipped. */
function run(over: Partial<TextRun> = {}): TextRun {
  return {
    text: 'Readable',
    chars: 8,
    px: 24,
    bold: false,
    diagram: false,
    color: BLACK,
    backdrop: [{ fill: WHITE, opacity: 1 }],
    lines: [line(100, 100, 200, 133)],
    ...over,
  }
}

describe('contrast', () => {
  it('follows WCAG 2: black on white is 21:1, a colour on itself 1:1', () => {
    expect(luminance([255, 255, 255])).toBe(1)
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBe(21)
    expect(contrastRatio([118, 118, 118], [255, 255, 255])).toBeCloseTo(4.54, 2)
    expect(contrastRatio([232, 232, 232], [255, 255, 255])).toBeCloseTo(1.23, 2)
  })

  it('composites the colour alpha, the layers and their opacity over white', () => {
    expect(composite([], [0, 0, 0, 0.5])).toEqual({ text: [127.5, 127.5, 127.5], behind: [255, 255, 255] })
    // An element with opacity fades its text and its own background as one group.
    const faded = composite(
      [
        { fill: [0, 0, 0, 1], opacity: 1 },
        { fill: WHITE, opacity: 0.5 },
      ],
      BLACK,
    )
    expect(faded).toEqual({ text: [0, 0, 0], behind: [127.5, 127.5, 127.5] })
    const grouped = composite([{ opacity: 0.5 }], BLACK)
    expect(grouped.text).toEqual([127.5, 127.5, 127.5])
    expect(hex(grouped.text)).toBe('#808080')
  })

  it('measures a run against what is behind it, and asks large text for 3:1', () => {
    const onShape = contrastOf(
      run({
        color: WHITE,
        backdrop: [
          { fill: WHITE, opacity: 1 },
          { fill: [195, 134, 255, 1], opacity: 1 },
        ],
      }),
    )
    expect(onShape!.ratio).toBeCloseTo(2.57, 2)
    expect(contrastOf(run({ color: null }))).toBeNull()
    expect([
      neededContrast({ px: 23.9, bold: false }),
      neededContrast({ px: 24, bold: false }),
      neededContrast({ px: 18.7, bold: true }),
    ]).toEqual([4.5, 3, 3])
  })
})

describe('overlapping lines', () => {
  it('is the part of the smaller line two lines share, when they also share width', () => {
    expect(overlapShare(line(0, 0, 100, 20), line(0, 10, 100, 30))).toBe(0.5)
    expect(overlapShare(line(0, 0, 100, 20), line(100.5, 0, 200, 20))).toBe(0) // side by side on a line
    expect(overlapShare(line(0, 0, 100, 20), line(20, 0, 60, 20))).toBe(0) // nested inline text
    expect(overlapShare(line(0, 0, 100, 20), line(60, 0.2, 160, 20.2))).toBeCloseTo(0.99) // two labels drawn into each other
  })

  it("finds lines drawn over lines, not a line's own pieces or lines 1.1 em apart", () => {
    const tight = run({ lines: [line(0, 0, 300, 13.6), line(0, 5, 300, 18.6)] })
    expect(overlapsOf([tight])).toEqual([{ a: 0, b: 0, share: expect.closeTo(0.63, 2) }])
    const pieces = run({ lines: [line(0, 0, 100, 13.6), line(100, 0, 180, 13.6)] })
    const spaced = [run({ lines: [line(0, 0, 100, 13.6)] }), run({ lines: [line(0, 11, 100, 24.6)] })]
    expect(overlapsOf([pieces, ...spaced])).toEqual([])
  })
})

describe('clipped text', () => {
  it('reports how far a line reaches past its clip, allowing a pixel, and room above and below its glyphs', () => {
    const clip = line(100, 100, 200, 140)
    expect(clipOf(run({ clip }))).toBeNull()
    expect(clipOf(run({ clip, lines: [line(100, 100, 258, 133)] }))).toEqual({ side: 'right', px: 58 })
    expect(clipOf(run({ clip, lines: [line(60, 100, 150, 133)] }))).toEqual({ side: 'left', px: 40 })
    expect(clipOf(run({ clip, lines: [line(100, 96, 200, 133)] }))).toBeNull() // 4 px of a 24 px line's box
    expect(clipOf(run({ clip, lines: [line(100, 120, 200, 153)] }))).toEqual({ side: 'bottom', px: 13 })
  })
})

describe('legibilityProblems', () => {
  it('finds nothing in readable text', () => {
    expect(
      legibilityProblems([run(), run({ px: 18, color: [118, 118, 118, 1] }), run({ diagram: true, px: 18 })]),
    ).toEqual([])
  })

  it('reports text under 18 px in code once, as text (the floor of code is the floor of text)', () => {
    expect(legibilityProblems([run({ code: true, px: 18 }), run({ px: 18 })])).toEqual([])
    expect(legibilityProblems([run({ code: true, px: 12, text: 'def f' }), run({ code: true, px: 17 })])).toEqual([
      {
        kind: 'small-text',
        message: 'text 12 px, under 18 px: "def f" and 1 more',
        detail: { px: 12, min: 18, runs: 2 },
      },
    ])
  })

  it('reports small text and small diagram labels apart, naming the smallest and counting the rest', () => {
    const problems = legibilityProblems([
      run({ px: 9, text: 'fine print' }),
      run({ px: 17.9 }),
      run({ diagram: true, px: 17.4, text: 'GPT-1' }),
      run({ diagram: true, px: 20 }),
    ])
    expect(problems).toEqual([
      {
        kind: 'small-text',
        message: 'text 9 px, under 18 px: "fine print" and 1 more',
        detail: { px: 9, min: 18, runs: 2 },
      },
      {
        kind: 'small-text',
        message: 'diagram label 17.4 px, under 18 px: "GPT-1"',
        detail: { px: 17.4, min: 18, runs: 1 },
      },
    ])
  })

  it('reports faint text with both colours as drawn', () => {
    const [problem] = legibilityProblems([run({ px: 18, color: [232, 232, 232, 1], text: 'pale' })])
    expect(problem).toEqual({
      kind: 'contrast',
      message: 'text contrast 1.23:1, under 4.5:1 (#e8e8e8 on #ffffff): "pale"',
      detail: { ratio: 1.23, min: 4.5, runs: 1 },
    })
  })

  it('reports clipped and overlapping text', () => {
    const cut = run({
      text: 'Incomprehensibilities',
      clip: line(56, 90, 176, 130),
      clipBySvg: false,
      lines: [line(56, 96, 234, 129)],
    })
    const svg = run({ text: 'Cut', clip: line(56, 190, 356, 270), clipBySvg: true, lines: [line(16, 200, 200, 233)] })
    expect(legibilityProblems([cut, svg]).map(p => p.message)).toEqual([
      'text cut off 58 px past the right edge of its box: "Incomprehensibilities" and 1 more',
    ])
    expect(legibilityProblems([svg]).map(p => p.message)).toEqual([
      'text cut off 40 px past the left edge of its SVG: "Cut"',
    ])
    const over = legibilityProblems([run({ text: 'one' }), run({ text: 'two', lines: [line(150, 110, 250, 143)] })])
    expect(over).toEqual([
      {
        kind: 'overlap',
        message: 'lines of text overlap by 70% of a line: "one" and "two"',
        detail: { percent: 70, pairs: 1 },
      },
    ])
  })

  it('gives findings that export treats as warnings', () => {
    const measure = {
      no: 3,
      title: 't',
      hasNotes: false,
      rendered: true,
      canvas: { width: 980, height: 552 },
      boxes: [],
      diagrams: [],
      wrongFonts: [],
      fontFaces: 1,
      missingGlyphs: [],
      unloadedGlyphs: [],
      images: [],
      text: 10,
      graphics: 0,
      errors: [],
    }
    const found = findingsFor({ ...measure, texts: [run({ px: 9 })] } satisfies SlideMeasure)
    expect(found.map(f => [f.kind, isWarning(f)])).toEqual([['small-text', true]])
    expect(findingsFor({ ...measure, text: 0, texts: [] }).map(f => [f.kind, isWarning(f)])).toEqual([['empty', false]])
  })
})

describe('text figures', () => {
  it('gives the median size by characters, the smallest text and the smallest diagram label, with their slides', () => {
    expect(
      weightedMedian([
        { value: 36, weight: 10 },
        { value: 24, weight: 30 },
        { value: 9, weight: 5 },
      ]),
    ).toBe(24)
    expect(weightedMedian([])).toBeNull()
    const figures = textFigures([
      { no: 1, texts: [run({ px: 36, chars: 10 }), run({ px: 24, chars: 30 })] },
      {
        no: 4,
        texts: [run({ px: 8.73, chars: 5, diagram: true, text: '2018-06' }), run({ px: 12.8, chars: 3, text: 'note' })],
      },
    ])
    expect(figures).toEqual({
      medianPx: 24,
      smallest: { px: 8.7, slide: 4, text: '2018-06' },
      smallestDiagramLabel: { px: 8.7, slide: 4, text: '2018-06' },
      smallestCode: null,
    })
    expect(formatFigures(figures)).toBe(
      'text sizes: median 24 px; smallest 8.7 px on slide 4 ("2018-06"); smallest diagram label 8.7 px on slide 4 ("2018-06")',
    )
    expect(formatFigures(textFigures([{ no: 1, texts: [run()] }]))).toBe(
      'text sizes: median 24 px; smallest 24 px on slide 1 ("Readable")',
    )
    expect(formatFigures(textFigures([]))).toBe('text sizes: no text')
  })
})
