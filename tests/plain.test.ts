// Titles shown as plain text (PDF metadata and bookmarks, messages) read as the outline wrote them.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findingsFor } from '../scripts/lib/check/findings.ts'
import { mdInline } from '../scripts/lib/emit/escape.ts'
import { plainText } from '../scripts/lib/emit/plain.ts'
import { pdfOutline } from '../scripts/lib/export/bookmarks.ts'
import { pdfInfo } from '../scripts/lib/export/pdf.ts'
import { withPlainTitle } from '../scripts/lib/slidev/plain-titles.ts'
import { splitSlides } from '../scripts/lib/merge/segments.ts'
import { HOSTILE } from './fixtures/hostile.ts'

const normal = (s: string) => s.replace(/\s+/g, ' ').trim()

const syntax = fc.constantFrom(
  ...'<>{}[]()$`*_~|!#:;%"\'-=+.,?&\\/\n '.split(''),
  '{{',
  '}}',
  '-->',
  '<!--',
  '---',
  '...',
  '(c)',
  '$$',
  '&amp;',
  '&#36;',
  '\\|',
  '<span v-pre>',
  '</span>',
)
const hostile = fc
  .array(fc.oneof(syntax, fc.string({ maxLength: 4 }), fc.constantFrom('a', '汉', '😀', '1.', '#')), { maxLength: 24 })
  .map(p => p.join(''))

describe('plainText', () => {
  it('undoes mdInline on every hostile string', () => {
    for (const s of [...HOSTILE, HOSTILE.join(' '), "Q&A: what's <next>?", 'Q&A: RLHF <in> practice'])
      expect(plainText(mdInline(s))).toBe(normal(s))
  })

  it('undoes mdInline on random strings', () => {
    fc.assert(
      fc.property(hostile, s => plainText(mdInline(s)) === normal(s)),
      { numRuns: 3000 },
    )
  })
})

describe('titles shown as plain text', () => {
  const title = mdInline("Q&A: what's <next>?")

  it('PDF bookmarks take the plain titles the page gives, entity-like text included', () => {
    expect(pdfOutline([{ page: 1, title: "Q&A: what's <next>?", level: 1 }])).toBe("1||Q&A: what's <next>?")
    expect(pdfOutline([{ page: 1, title: '&amp; &#35;', level: 1 }])).toBe('1||&amp; &#35;')
  })

  it('the page gets each slide title as plain text, once', () => {
    // The shape of Slidev 52's generated /@slidev/slides/N/frontmatter module, around its title.
    const module = (t: string) =>
      [
        'export const meta = shallowReactive({',
        '  slide: {',
        `    ...(${JSON.stringify({ title: t, level: 1 })}),`,
        '    frontmatter,',
        '  },',
        '})',
      ].join('\n')
    for (const s of ["Q&A: what's <next>?", ...HOSTILE]) {
      const changed = withPlainTitle(module(mdInline(s))) ?? module(mdInline(s))
      expect(changed).toBe(module(normal(s)))
    }
    expect(withPlainTitle(module('Plain title'))).toBeUndefined()
    expect(withPlainTitle('export default {}')).toBeUndefined()
  })

  it('PDF metadata', () => {
    expect(pdfInfo({ title: 'Q&A: RLHF <in> practice', info: mdInline('{{ a | b }}') })).toEqual({
      title: 'Q&A: RLHF <in> practice',
      info: '{{ a | b }}',
    })
  })

  it('check findings', () => {
    const slide = {
      no: 1,
      title: "Q&A: what's <next>?",
      hasNotes: true,
      rendered: false,
      canvas: { width: 0, height: 0 },
      boxes: [],
      wrongFonts: [],
      images: [],
      text: 0,
      graphics: 0,
      errors: [],
      diagrams: [],
      texts: [],
      fontFaces: 0,
      missingGlyphs: [],
      unloadedGlyphs: [],
    }
    const [finding] = findingsFor(slide)
    expect(finding?.title).toBe("Q&A: what's <next>?")
  })

  it('build reports', () => {
    expect(splitSlides(`---\ntheme: default\n---\n\n${'# '}${title}\n`)[0]?.title).toBe("Q&A: what's <next>?")
  })
})
