// Fitting by measurement: the deck's real font metrics decide how large a list is set and where
// a long one continues, in Chinese and in English alike.
import { describe, expect, it } from 'vitest'
import { planDeck } from '../scripts/lib/deck/plan.ts'
import { breakLines, lineCount, textWidth } from '../scripts/lib/fonts/measure.ts'
import { fitBullets, largestFit, listHeight } from '../scripts/lib/kinds/fit.ts'
import { parseOutline } from '../scripts/lib/outline/parse.ts'
import { contentRoom, theme } from '../scripts/lib/theme.ts'

const room = contentRoom()
const floor = theme.type.body.floor

describe('text widths from the font files', () => {
  it('sets CJK one em wide and Latin by its own advances', () => {
    expect(textWidth('汉字', { px: 24 })).toBe(48)
    // Noto Sans: "i" is narrow, "m" wide; bold is wider than regular.
    expect(textWidth('i', { px: 100 })).toBeLessThan(30)
    expect(textWidth('m', { px: 100 })).toBeGreaterThan(80)
    expect(textWidth('Attention', { px: 24, bold: true })).toBeGreaterThan(textWidth('Attention', { px: 24 }))
  })

  it('fits about 75 Latin characters on a line of the room at 24 px, and 36 Chinese ones', () => {
    const latin = 'the quick brown fox jumps over the lazy dog '.repeat(4)
    const perLine = Math.floor(latin.length / (textWidth(latin, { px: 24 }) / room.width))
    expect(perLine).toBeGreaterThanOrEqual(70)
    expect(perLine).toBeLessThanOrEqual(85)
    expect(lineCount('汉'.repeat(36), room.width, { px: 24 })).toBe(1)
    expect(lineCount('汉'.repeat(37), room.width, { px: 24 })).toBe(2)
  })

  it('breaks Latin between words, CJK between characters, evenly, never before closing punctuation', () => {
    expect(breakLines('Attention is all you need, and more of it', 200, { px: 22 })).toEqual([
      'Attention is',
      'all you need,',
      'and more of it',
    ])
    expect(breakLines('1750 亿，上下文学习', 180, { px: 22 })).toEqual(['1750 亿，', '上下文学习'])
    expect(breakLines('短', 100, { px: 22 })).toEqual(['短'])
  })
})

describe('fitting bullet lists to the slide', () => {
  it('sets a short list large, up to the ceiling, and a full one smaller, down to the floor', () => {
    expect(largestFit([['one point', 'another point']], room)).toBe(theme.type.body.ceiling)
    const full = Array.from({ length: 8 }, (_, i) => `第 ${i + 1} 条要点，说明一个相当具体的事实与它的来源`)
    const size = largestFit([full], room)!
    expect(size).toBeGreaterThanOrEqual(floor)
    expect(size).toBeLessThan(theme.type.body.ceiling)
    expect(listHeight(full, size, room.width)).toBeLessThanOrEqual(room.height)
  })

  it('keeps a list that fits at the floor on one slide', () => {
    expect(fitBullets(['a', 'b', 'c'])).toEqual([['a', 'b', 'c']])
  })

  it('continues a long list in even parts, never parting a point from its sub-points', () => {
    const bullets = [
      ...Array.from({ length: 14 }, (_, i) => `point number ${i} of a talk about language models`),
      { text: 'parent', sub: ['one', 'two', 'three'] },
    ]
    const parts = fitBullets(bullets)
    expect(parts.length).toBeGreaterThan(1)
    expect(parts.flat()).toEqual(bullets)
    expect(parts.at(-1)).toContainEqual({ text: 'parent', sub: ['one', 'two', 'three'] })
    for (const part of parts) expect(listHeight(part, floor, room.width)).toBeLessThanOrEqual(room.height)
    // Even: the parts' heights differ by less than the tallest point.
    const heights = parts.map(p => listHeight(p, floor, room.width))
    const tallest = Math.max(...bullets.map(b => listHeight([b], floor, room.width)))
    expect(Math.max(...heights) - Math.min(...heights)).toBeLessThan(tallest + theme.space.itemGap * floor)
  })

  it('never leaves a single point alone on a continuation', () => {
    // Exactly one point more than a slide holds at the floor: a greedy split would strand it.
    const point = (i: number) => `第 ${i} 条：一句足够长的中文要点，用来把一页填到刚好放不下再多一条的程度`
    let n = 2
    while (
      listHeight(
        Array.from({ length: n + 1 }, (_, i) => point(i)),
        floor,
        room.width,
      ) <= room.height
    )
      n++
    const parts = fitBullets(Array.from({ length: n + 1 }, (_, i) => point(i)))
    expect(parts).toHaveLength(2)
    for (const part of parts) expect(part.length).toBeGreaterThan(1)
  })

  it('fits English by its real widths: eight short points stay on one slide', () => {
    const points = Array.from({ length: 8 }, (_, i) => `Scaling law ${i}: loss falls as a power of compute`)
    expect(fitBullets(points)).toHaveLength(1)
  })

  it('plans continuations with their own ids and titles, one type size, and the same notes and source', () => {
    const yaml = [
      'deck: { title: T, language: zh-CN }',
      'sections:',
      '  - id: s',
      '    title: S',
      '    divider: false',
      '    slides:',
      '      - kind: bullets',
      '        id: long',
      '        title: 很长的列表',
      '        notes: 备注',
      `        bullets: [${Array.from({ length: 30 }, (_, i) => `要点${i}`).join(', ')}]`,
    ].join('\n')
    const slides = planDeck(parseOutline(yaml, 'o.yaml').outline).slides
    expect(slides.length).toBeGreaterThan(2)
    expect(slides.map(s => s.id)).toEqual(slides.map((_, i) => (i === 0 ? 'long' : `long--${i + 1}`)))
    expect(slides.map(s => ('title' in s.content ? s.content.title : ''))).toEqual(
      slides.map((_, i) => (i === 0 ? '很长的列表' : '很长的列表（续）')),
    )
    expect(new Set(slides.map(s => JSON.stringify(s.path))).size).toBe(1)
    expect(new Set(slides.map(s => ('size' in s.content ? s.content.size : undefined))).size).toBe(1)
    expect(slides.every(s => 'notes' in s.content && s.content.notes === '备注')).toBe(true)
  })
})
