import { describe, expect, it } from 'vitest'
import { mdBlock, mdCell, mdInline } from '../scripts/lib/emit/escape.ts'

describe('mdInline', () => {
  it.each([
    ['ordinary text is untouched', 'GPT-3 有 1750 亿参数', 'GPT-3 有 1750 亿参数'],
    ['HTML is shown, not parsed', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['comments cannot open', '<!-- x', '&lt;!-&#45; x'],
    ['Vue interpolation is inert', '{{ 1 + 1 }}', '<span v-pre>{{ 1 + 1 }}</span>'],
    ['math delimiters are inert', '$x$ and $$', '&#36;x&#36; and &#36;&#36;'],
    ['emphasis and code marks', '*a* _b_ `c`', '\\*a\\* \\_b\\_ \\`c\\`'],
    ['links are not links', '[link](javascript:alert(1))', '\\[link\\](javascript:alert(1))'],
    ['a leading dash is not a list or a separator', '---', '\\-&#45;&#45;'],
    [
      'the typographer leaves dashes, dots and signs alone',
      'a -- b... (c) +- !!!!',
      'a -&#45; b.&#46;&#46; &#40;c) +&#45; !&#33;&#33;&#33;',
    ],
    ['a leading number is not an ordered list', '2023. 年', '2023\\. 年'],
    ['a leading hash is not a heading', '# no', '\\# no'],
    ['entities stay literal', '&amp; &lt;', '&amp;amp; &amp;lt;'],
    ['newlines fold', 'a\n---\nb', 'a -&#45;&#45; b'],
  ])('%s', (_, input, expected) => {
    expect(mdInline(input)).toBe(expected)
  })

  it('escapes pipes for table cells', () => {
    expect(mdCell('a | b')).toBe('a \\| b')
  })

  it('keeps paragraphs in notes', () => {
    expect(mdBlock('first\n\nsecond <b>')).toBe('first\n\nsecond &lt;b&gt;')
  })

  it('keeps line breaks in notes as hard breaks, each line escaped on its own', () => {
    expect(mdBlock('one\n- two\nC:\\\n\nthree')).toBe('one\\\n\\- two\\\nC:\\\\\n\nthree')
  })
})
