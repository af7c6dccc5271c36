import { describe, expect, it } from 'vitest'
import { planDeck } from '../scripts/lib/deck/plan.ts'
import { fitBullets, linesOf, LINES_PER_SLIDE } from '../scripts/lib/kinds/fit.ts'
import { parseOutline } from '../scripts/lib/outline/parse.ts'

describe('fitting bullet lists to the slide', () => {
  it('measures CJK as wide and Latin as narrow', () => {
    expect(linesOf('短')).toBe(1)
    expect(linesOf('汉'.repeat(33))).toBe(2)
    expect(linesOf('a'.repeat(58))).toBe(1)
  })

  it('keeps a short list on one slide', () => {
    expect(fitBullets(['a', 'b', 'c'])).toEqual([['a', 'b', 'c']])
  })

  it('continues a long list, never parting a point from its sub-points', () => {
    const bullets = [...Array.from({ length: 6 }, (_, i) => `point ${i}`), { text: 'parent', sub: ['one', 'two', 'three'] }]
    const parts = fitBullets(bullets)
    expect(parts).toHaveLength(2)
    expect(parts[1]).toEqual([{ text: 'parent', sub: ['one', 'two', 'three'] }])
    expect(parts.flat()).toEqual(bullets)
  })

  it('plans continuations with their own ids and titles, and the same notes and source', () => {
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
      `        bullets: [${Array.from({ length: 2 * LINES_PER_SLIDE + 1 }, (_, i) => `要点${i}`).join(', ')}]`,
    ].join('\n')
    const slides = planDeck(parseOutline(yaml, 'o.yaml').outline).slides
    expect(slides.map(s => s.id)).toEqual(['long', 'long--2', 'long--3'])
    expect(slides.map(s => ('title' in s.content ? s.content.title : ''))).toEqual(['很长的列表', '很长的列表（续）', '很长的列表（续）'])
    expect(new Set(slides.map(s => JSON.stringify(s.path))).size).toBe(1)
    expect(slides.every(s => 'notes' in s.content && s.content.notes === '备注')).toBe(true)
  })
})
