// Long decks get time in proportion to their slides, and a slide that did not finish drawing is
// reported as such, not as a slide that does not render.
import { describe, expect, it } from 'vitest'
import { findingsFor, type SlideMeasure } from '../scripts/lib/check/findings.ts'
import { loadLimitMs, settleLimitMs } from '../scripts/lib/render/limits.ts'

const slide = (over: Partial<SlideMeasure>): SlideMeasure => ({
  no: 3,
  title: 'T',
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
  texts: [],
  text: 10,
  graphics: 0,
  errors: [],
  ...over,
})

describe('settleLimitMs', () => {
  it('keeps a minute for a short deck and grows with the number of slides', () => {
    expect(settleLimitMs(1)).toBeGreaterThanOrEqual(60_000)
    expect(settleLimitMs(300)).toBeGreaterThanOrEqual(settleLimitMs(30) + 200_000)
    expect(settleLimitMs(100)).toBeGreaterThan(settleLimitMs(99))
  })
  it('a limit given explicitly wins', () => {
    expect(settleLimitMs(300, 5_000)).toBe(5_000)
  })
})

describe('loadLimitMs', () => {
  it('keeps two minutes when the slide count is unknown, and grows with it', () => {
    expect(loadLimitMs()).toBe(120_000)
    expect(loadLimitMs(300)).toBeGreaterThan(loadLimitMs(10) + 100_000)
  })
})

describe('a slide that did not finish drawing', () => {
  it('is its own finding, with the time it had', () => {
    const found = findingsFor(slide({ rendered: false, unfinishedAfterMs: 90_000 }))
    expect(found.map(f => [f.kind, f.message])).toEqual([['unfinished', 'the slide did not finish drawing in 90 s']])
  })
  it('drawn but not steady: only the unfinished finding, its half-drawn measures are not judged', () => {
    const found = findingsFor(
      slide({ unfinishedAfterMs: 90_000, diagrams: [{ svg: false, width: 0, height: 0, text: 0 }] }),
    )
    expect(found.map(f => f.kind)).toEqual(['unfinished'])
  })
  it('a slide that failed to compile is still an error', () => {
    const found = findingsFor(slide({ rendered: false, unfinishedAfterMs: 90_000, loadError: 'boom' }))
    expect(found.map(f => f.kind)).toEqual(['error'])
  })
})
