// Lines break between words only, Chinese included (scripts/lib/fonts/words.ts), in the
// generator's labels and fitting alike.
import { describe, expect, it } from 'vitest'
import { breakLines, lineCount } from '../scripts/lib/fonts/measure.ts'
import { wordPieces } from '../scripts/lib/fonts/words.ts'
import { splitLines } from '../scripts/lib/mermaid/pipeline.ts'

const px = 28

describe('wordPieces', () => {
  it('cuts Chinese into words and joins back to the text', () => {
    const text = '训练120亿参数的模型，GPT-3 底座'
    const pieces = wordPieces(text)
    expect(pieces.join('')).toBe(text)
    expect(pieces).toEqual(['训练', '120亿', '参数的', '模型，', 'GPT-3 ', '底座'])
  })

  it('keeps a run of characters the dictionary does not know together', () => {
    expect(wordPieces('学习标注员的排序偏好')).toEqual(['学习', '标注员的', '排序', '偏好'])
    // Punctuation ends such a run: a line may start after the comma.
    expect(wordPieces('回答，标注员从好到坏排序')).toEqual(['回答，', '标注员从好到坏', '排序'])
  })

  it('breaks English at spaces only', () => {
    expect(wordPieces('state-of-the-art models, 2023')).toEqual(['state-of-the-art ', 'models, ', '2023'])
  })
})

describe('breakLines', () => {
  const words = ['规则', '目标', '奖励', '体验', '训练', '参数', '模型', '提示', '偏好']
  const labels = [
    '人工编写规则与词典',
    '更新奖励模型',
    '更贴近真实偏好',
    '更好的体验',
    '源源不断的真实提示',
    '用 1750 亿参数训练目标模型',
  ]

  it.each([3, 4, 5, 6])('never splits a word at %s em', em => {
    for (const label of labels) {
      const lines = breakLines(label, em * px, { px })
      expect(lines.join('').replace(/\s+/g, '')).toBe(label.replace(/\s+/g, ''))
      for (const [a, b] of lines.slice(1).map((l, i) => [lines[i]!, l] as const))
        for (const w of words)
          for (let k = 1; k < w.length; k++) expect(a.endsWith(w.slice(0, k)) && b.startsWith(w.slice(k))).toBe(false)
    }
  })

  it('leaves no single word alone on the last line when the line above can give one', () => {
    const lines = breakLines('a bb cc dd ee', 4.2 * 16, { px: 16 })
    expect(lines.at(-1)!.split(' ').length).toBeGreaterThan(1)
  })

  it('counts lines as it breaks them', () => {
    for (const label of labels) expect(breakLines(label, 4 * px, { px }).length).toBe(lineCount(label, 4 * px, { px }))
  })

  it('breaks diagram labels the same way', () => {
    expect(splitLines('更新奖励模型', 4.2 * px)).toEqual(['更新奖励', '模型'])
    expect(splitLines('训练 120 亿参数', 4 * px)).toEqual(['训练', '120 亿', '参数'])
  })
})
