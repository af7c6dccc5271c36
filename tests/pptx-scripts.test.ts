// Text split by script for the PowerPoint file (scripts/lib/export/pptx/scripts.ts).
import { describe, expect, it } from 'vitest'
import { byScript } from '../scripts/lib/export/pptx/scripts.ts'

const shape = (text: string, lang: string, mono = false) =>
  byScript(text, lang, mono).map(p => [p.text, p.font, p.lang])

describe('byScript', () => {
  it('splits a Chinese line where Latin words start and end, spaces and punctuation kept with what they follow', () => {
    expect(shape('OpenAI 于 2022 年发布 ChatGPT，很快流行。', 'zh-CN')).toEqual([
      ['OpenAI ', 'Noto Sans', 'en-US'],
      ['于 ', 'Noto Sans SC', 'zh-CN'],
      ['2022 ', 'Noto Sans', 'en-US'],
      ['年发布 ', 'Noto Sans SC', 'zh-CN'],
      ['ChatGPT', 'Noto Sans', 'en-US'],
      ['，很快流行。', 'Noto Sans SC', 'zh-CN'],
    ])
  })

  it('keeps an English line whole, in the deck language', () => {
    expect(shape('GPT-3: 175B parameters (2020).', 'en')).toEqual([
      ['GPT-3: 175B parameters (2020).', 'Noto Sans', 'en'],
    ])
  })

  it('gives leading punctuation to the piece that follows, and a Chinese word in an English deck its own tag', () => {
    expect(shape('“涌现” means emergence', 'en')).toEqual([
      ['“涌现” ', 'Noto Sans SC', 'zh-CN'],
      ['means emergence', 'Noto Sans', 'en'],
    ])
  })

  it('sets Latin in the monospace face for code, Chinese in the Chinese face', () => {
    expect(shape('问：x = 1', 'zh-CN', true)).toEqual([
      ['问：', 'Noto Sans SC', 'zh-CN'],
      ['x = 1', 'Noto Sans Mono', 'en-US'],
    ])
  })

  it('never loses a character, and a text of symbols alone is one piece', () => {
    for (const s of ['', ' ', '→ ≈', 'a中b文c', '  中 '])
      expect(
        byScript(s, 'zh-CN')
          .map(p => p.text)
          .join(''),
      ).toBe(s)
    expect(byScript('→ ≈', 'zh-CN')).toHaveLength(1)
  })
})
