import { describe, expect, it } from 'vitest'
import {
  listSizeProblem,
  shapeProblems,
  topHeavy,
  wordsOf,
  type ShapeMeasure,
} from '../scripts/lib/check/page-shape.ts'

const shape = (over: Partial<ShapeMeasure> = {}): ShapeMeasure => ({
  layout: 'slidev-layout default body-30',
  titlePx: 40,
  bodyPx: 30,
  listPx: 30,
  room: { top: 100, bottom: 500 },
  content: { top: 150, bottom: 450 },
  blocks: [],
  ...over,
})

describe('the shape of a page', () => {
  it('finds nothing on a slide with a clear title, centred content and no widow', () => {
    expect(shapeProblems(shape({ blocks: [{ what: 'li', lines: 2, last: 'of two words', text: 'x' }] }))).toEqual([])
  })

  it('asks a title for 1.25× the largest text under it', () => {
    const [p] = shapeProblems(shape({ titlePx: 38, bodyPx: 34 }))
    expect(p).toMatchObject({ kind: 'title-ratio', detail: { ratio: 1.12, title: 38, body: 34 } })
    // Framed layouts set their own sizes.
    expect(shapeProblems(shape({ layout: 'slidev-layout cover', titlePx: 38, bodyPx: 34 }))).toEqual([])
  })

  it('finds short content pressed under the title, not short content in the middle or a full room', () => {
    expect(topHeavy(shape({ content: { top: 110, bottom: 300 } }))).toMatchObject({ fill: 0.475 })
    expect(topHeavy(shape({ content: { top: 210, bottom: 400 } }))).toBeNull()
    expect(topHeavy(shape({ content: { top: 100, bottom: 360 } }))).toBeNull() // 65% of the room
    expect(shapeProblems(shape({ content: { top: 110, bottom: 300 } }))[0]?.kind).toBe('top-heavy')
  })

  it('finds a last line of one word, Chinese words as Intl.Segmenter cuts them, punctuation apart', () => {
    expect(wordsOf('model.')).toBe(1)
    expect(wordsOf('训练。')).toBe(1)
    expect(wordsOf('120 亿')).toBe(1)
    expect(wordsOf('训练模型')).toBe(2)
    const [p] = shapeProblems(shape({ blocks: [{ what: 'h1', lines: 2, last: '模型', text: '大语言模型' }] }))
    expect(p).toMatchObject({ kind: 'widow', detail: { blocks: 1 } })
    expect(p!.message).toContain('a title ends on a line of one word ("模型")')
  })

  it('allows two list sizes in a deck and names the slides of a third', () => {
    const deck = [30, 30, 24, 30, 28, 24].map((px, i) => ({ no: i + 1, shape: shape({ listPx: px }) }))
    expect(listSizeProblem(deck.filter(s => s.shape.listPx !== 28))).toBeNull()
    expect(listSizeProblem(deck)).toMatchObject({ kind: 'body-sizes', slides: [5], detail: { sizes: 3 } })
    // References and the agenda have their own sizes.
    const refs = { no: 7, shape: shape({ layout: 'slidev-layout default references body-18', listPx: 18 }) }
    expect(listSizeProblem([...deck.slice(0, 3), refs])).toBeNull()
  })
})
