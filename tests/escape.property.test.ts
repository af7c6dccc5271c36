// The escapers on random strings: whatever goes in comes out as the same text, and nothing else.
import fc from 'fast-check'
import MarkdownExit from 'markdown-exit'
import { describe, expect, it } from 'vitest'
import { mdInline } from '../scripts/lib/emit/escape.ts'
import { mdPoint } from '../scripts/lib/emit/inline.ts'
import { mermaidLabel } from '../scripts/lib/mermaid/escape.ts'

// Slidev's own Markdown parser, set up as Slidev sets it up for slides (plus the typographer).
const md = MarkdownExit({ html: true, xhtmlOut: true, linkify: false, typographer: true, quotes: '""\'\'' })

const decode = (html: string) =>
  html
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

const normal = (s: string) => s.replace(/\s+/g, ' ').trim()

// Strings made mostly of the characters that mean something somewhere, and some of anything.
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
)
const hostile = fc
  .array(fc.oneof(syntax, fc.string({ maxLength: 4 }), fc.constantFrom('a', '汉', '😀', 'end', 'script', 'v-if')), {
    maxLength: 24,
  })
  .map(parts => parts.join(''))

describe('mdInline, as a property', () => {
  it('renders as exactly the text it was given, with no element but its own v-pre span', () => {
    fc.assert(
      fc.property(hostile, s => {
        fc.pre(normal(s).length > 0)
        const html = md.renderInline(mdInline(s))
        const inner = html.replace(/^<span v-pre>([\s\S]*)<\/span>$/, '$1')
        expect(inner).not.toMatch(/<[a-z/!]/i)
        expect(normal(decode(inner))).toBe(normal(s)) // HTML folds runs of white space
        if (/\{\{|\}\}/.test(inner)) expect(html.startsWith('<span v-pre>')).toBe(true)
      }),
      { numRuns: 2000 },
    )
  })
})

describe('mdPoint, as a property', () => {
  it('renders a Markdown point with no element but emphasis, code and links to web or mail addresses', () => {
    fc.assert(
      fc.property(hostile, s => {
        fc.pre(normal(s).length > 0)
        const html = md.renderInline(mdPoint({ markdown: normal(s) }))
        const inner = html.replace(/^<span v-pre>([\s\S]*)<\/span>$/, '$1')
        for (const m of inner.matchAll(/<\/?([a-z][\w-]*)/gi)) expect(['strong', 'em', 'code', 'a']).toContain(m[1])
        for (const m of inner.matchAll(/href="([^"]*)"/g))
          expect(m[1]).not.toMatch(/^[\s\0-\x1f]*[a-z]+\s*:(?<!https?:|mailto:)/i)
        // Slidev guards a formula's braces itself; outside formulas, the v-pre span does.
        if (!s.includes('$') && /\{\{|\}\}/.test(inner)) expect(html.startsWith('<span v-pre>')).toBe(true)
      }),
      { numRuns: 2000 },
    )
  })
})

describe('mermaidLabel, as a property', () => {
  it('leaves no Mermaid syntax, and decodes back to the text it was given', () => {
    fc.assert(
      fc.property(hostile, s => {
        const label = mermaidLabel(s)
        const bare = label.replace(/#\w+;/g, '·')
        expect(bare).not.toMatch(/[":;%<>[\]{}()|`'\\#&]|--|==/)
        const decoded = label.replace(/#(\w+);/g, (_, code: string) =>
          /^\d+$/.test(code)
            ? String.fromCodePoint(Number(code))
            : ({ quot: '"', lt: '<', gt: '>', amp: '&' } as Record<string, string>)[code]!,
        )
        expect(decoded).toBe(normal(s))
      }),
      { numRuns: 2000 },
    )
  })
})
