// Text talkdeck writes inside HTML (captions, bylines, image alt text) shows as the outline wrote it:
// Markdown does not read inside HTML blocks, so it must not carry Markdown's backslash escapes.
import fc from 'fast-check'
import MarkdownExit from 'markdown-exit'
import { describe, expect, it } from 'vitest'
import { htmlText } from '../scripts/lib/emit/escape.ts'
import { plainText } from '../scripts/lib/emit/plain.ts'
import closing from '../scripts/lib/kinds/closing.ts'
import cover from '../scripts/lib/kinds/cover.ts'
import image from '../scripts/lib/kinds/image.ts'
import quote from '../scripts/lib/kinds/quote.ts'
import { HOSTILE } from './fixtures/hostile.ts'

// Slidev's own Markdown parser, set up as Slidev sets it up for slides.
const md = MarkdownExit({ html: true, xhtmlOut: true, linkify: false, typographer: true, quotes: '""\'\'' })
const normal = (s: string) => s.replace(/\s+/g, ' ').trim()
const decode = (html: string) => plainText(html.replace(/\\/g, '&#92;')) // entities only: a backslash here is text

/** The text an element with `cls` shows once Slidev has rendered `markdown`. */
function shown(markdown: string, cls: string): string {
  const html = md.render(markdown)
  const m = new RegExp(`<(p|div) class="${cls}">([\\s\\S]*?)</\\1>`).exec(html)
  if (!m) throw new Error(`no .${cls} in ${html}`)
  expect(m[2]).not.toMatch(/<[a-z/!]/i)
  expect(m[2]).not.toMatch(/\{\{|\}\}/)
  return decode(m[2]!)
}

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
)
const hostile = fc
  .array(fc.oneof(syntax, fc.string({ maxLength: 4 }), fc.constantFrom('a', '汉', '😀')), { maxLength: 24 })
  .map(p => p.join(''))

describe('htmlText', () => {
  it('shows every hostile string as written inside an HTML block', () => {
    for (const s of [...HOSTILE, 'a ` b | c \\ d'])
      expect(shown(`<div class="byline">${htmlText(s)}</div>`, 'byline')).toBe(normal(s))
  })
  it('shows random strings as written', () => {
    fc.assert(
      fc.property(hostile, s => shown(`<p class="caption">${htmlText(s)}</p>`, 'caption') === normal(s)),
      { numRuns: 1000 },
    )
  })
})

const modules = { cover, closing, image, quote } as Record<
  string,
  { render: (slide: never, ctx: never) => { body: string } }
>
const render = (kind: string, slide: Record<string, unknown>, meta: Record<string, unknown> = {}) =>
  modules[kind]!.render(
    { kind, ...slide } as never,
    { meta: { title: 'T', language: 'en', theme: 'light', ...meta } } as never,
  ).body

describe('slide kinds write HTML-wrapped text with htmlText', () => {
  const s = 'a ` b | c * d < e & f'
  it('captions', () =>
    expect(shown(render('image', { title: 'T', src: 'x.svg', alt: 'x', caption: s }), 'caption')).toBe(s))
  it('cover byline', () => {
    const cover = render('cover', {}, { speaker: s, affiliation: s, date: '2024' })
    expect(shown(cover, 'td-speaker')).toBe(s)
    expect(shown(cover, 'td-affiliation')).toBe(s)
  })
  it('quote byline', () =>
    expect(shown(render('quote', { quote: 'q', author: s, source: s }), 'byline')).toBe(`— ${s}, ${s}`))
  it('closing contact', () => expect(shown(render('closing', { title: 'T', contact: s }), 'td-contact')).toBe(s))
  it('image alt text', () => {
    const html = md.render(render('image', { title: 'T', src: 'x.svg', alt: 'a <b> & c | d' }))
    expect(decode(/alt="([^"]*)"/.exec(html)![1]!)).toBe('a <b> & c | d')
  })
  it('plain alt text stays a Markdown image', () => {
    expect(render('image', { title: 'T', src: 'x.svg', alt: '一摞相同的解码器块' })).toContain(
      '![一摞相同的解码器块](/x.svg)',
    )
  })
})
