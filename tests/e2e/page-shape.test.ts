// The page a designer would lay out, measured in Chromium on the slides as drawn: both shipped
// talks (their committed slides.md) and a held-out English talk generated here. A title at least
// 1.25× the largest text under it; lists in at most two sizes per deck; no short content pressed
// under its title; no title or point ending on a line of one word; no word broken across lines;
// content text 18 px or more, the footer 14 px or more; and `check` finding none of these.
import { rmSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { brokenWords } from '../../scripts/lib/check/broken-words.ts'
import { findingsOf, formatFinding, outlineEntries, type SlideMeasure } from '../../scripts/lib/check/index.ts'
import { listSizes, shapeProblems, SHAPE, topHeavy, wordsOf } from '../../scripts/lib/check/page-shape.ts'
import { textFigures } from '../../scripts/lib/check/figures.ts'
import { renderOutline, root } from './support.ts'

// The shipped talks as generated from their outlines (tests/emit.test.ts holds them to the committed slides.md).
const decks: Record<string, string> = {
  chatgpt: path.join(root, 'slides', 'chatgpt', 'outline.yaml'),
  'chatgpt-en': path.join(root, 'slides', 'chatgpt-en', 'outline.md'),
  proteins: path.join(root, 'tests', 'fixtures', 'decks', 'proteins.yaml'),
  // A talk of another field, in Markdown and the dark theme: a 10-event timeline, math, code.
  glacier: path.join(root, 'tests', 'fixtures', 'decks', 'glacier.md'),
}
const made: string[] = []
afterAll(() => made.forEach(dir => rmSync(dir, { recursive: true, force: true })))

/** The Done-when figures of a rendered deck. */
function figuresOf(measures: SlideMeasure[]) {
  const ratios = measures.flatMap(m =>
    m.shape?.titlePx && m.shape.bodyPx > 0 && !/\b(cover|section|center|quote)\b/.test(m.shape.layout)
      ? [{ slide: m.no, ratio: Math.round((m.shape.titlePx / m.shape.bodyPx) * 100) / 100 }]
      : [],
  )
  const widows = measures.flatMap(m =>
    (m.shape?.blocks ?? []).filter(b => wordsOf(b.last) === 1).map(b => `${m.no}: ${b.text}… | ${b.last}`),
  )
  return {
    smallestTitleRatio: ratios.reduce((a, b) => (b.ratio < a.ratio ? b : a), { slide: 0, ratio: Infinity }),
    listSizes: Object.fromEntries([...listSizes(measures)].map(([px, at]) => [px, at.length])),
    topHeavy: measures
      .filter(m => m.shape && !/\b(cover|section|center|quote)\b/.test(m.shape.layout) && topHeavy(m.shape))
      .map(m => m.no),
    widows,
    brokenWords: measures.flatMap(m => brokenWords(m.texts).map(b => `${m.no}: ${b.word}`)),
    smallestText: textFigures(measures).smallest,
  }
}

describe.each(Object.entries(decks))('the %s deck', (name, outline) => {
  it('has a clear type scale, centred short content, whole words and no widows', { timeout: 300_000 }, async () => {
    const { built, rendered } = await renderOutline(`.check-shape-${name}`, outline, made)
    try {
      const figures = figuresOf(rendered.measures)
      const footer = await rendered.page.evaluate(() =>
        Math.min(
          ...Array.from(document.querySelectorAll('.td-footer, .td-footer *'), el =>
            parseFloat(getComputedStyle(el).fontSize),
          ),
        ),
      )
      console.log(`${name}: ${JSON.stringify({ ...figures, footerPx: footer })}`)
      expect(rendered.measures.every(m => m.shape)).toBe(true)
      expect(figures.smallestTitleRatio.ratio).toBeGreaterThanOrEqual(SHAPE.titleRatio)
      expect(Object.keys(figures.listSizes).length).toBeLessThanOrEqual(SHAPE.listSizes)
      expect(figures.topHeavy).toEqual([])
      expect(figures.widows).toEqual([])
      expect(figures.brokenWords).toEqual([])
      expect(figures.smallestText!.px).toBeGreaterThanOrEqual(18)
      expect(footer).toBeGreaterThanOrEqual(14)
      expect(rendered.measures.flatMap(m => (m.shape ? shapeProblems(m.shape) : []))).toEqual([])
      // What `check` says on these rules (the other rules are legible-decks.test.ts's).
      const kinds = ['title-ratio', 'body-sizes', 'top-heavy', 'widow', 'broken-word', 'small-text']
      const found = findingsOf(rendered, outlineEntries(built.slides)).filter(f => kinds.includes(f.kind))
      expect(found.map(formatFinding)).toEqual([])
    } finally {
      await rendered.close()
    }
  })
})
