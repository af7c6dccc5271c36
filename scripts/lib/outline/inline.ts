// A point written as Markdown (a Markdown outline's point with markup in it, or a YAML point's
// `markdown:` field) → what it is made of: text, **strong**, *emphasis*, `code`, [links](url) and
// $math$ (Pandoc's dollar rules, ./math.ts). Anything else Markdown knows (HTML, images, breaks)
// stays text as written. Pure.
import type { PhrasingContent } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { findMath } from './math.ts'

export type Span =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: Span[] }
  | { type: 'emphasis'; children: Span[] }
  | { type: 'code'; text: string }
  | { type: 'link'; url: string; children: Span[] }
  | { type: 'math'; tex: string; display: boolean }

/** Math stands in the Markdown as one private-use character each, so Markdown reads it as a letter. */
const MASK = 0xe000

/** The spans of a Markdown text, lines joined. */
export function parseInline(source: string): Span[] {
  const maths = findMath(source)
  let masked = ''
  let from = 0
  maths.forEach((m, i) => {
    masked += source.slice(from, m.start) + String.fromCharCode(MASK + i)
    from = m.end
  })
  masked += source.slice(from)
  const unmask = (s: string): Span[] => {
    const out: Span[] = []
    let text = ''
    for (const c of s) {
      const i = c.charCodeAt(0) - MASK
      const m = i >= 0 && i < maths.length ? maths[i] : undefined
      if (!m) {
        text += c
        continue
      }
      if (text) out.push({ type: 'text', text })
      text = ''
      out.push({ type: 'math', tex: m.tex, display: m.display })
    }
    if (text) out.push({ type: 'text', text })
    return out
  }
  const root = fromMarkdown(masked)
  const block = root.children[0]
  if (root.children.length !== 1 || block?.type !== 'paragraph') return unmask(masked)
  const spans = (nodes: PhrasingContent[]): Span[] =>
    nodes.flatMap((node): Span[] => {
      switch (node.type) {
        case 'text':
          return unmask(node.value)
        case 'strong':
        case 'emphasis':
          return [{ type: node.type, children: spans(node.children) }]
        case 'inlineCode':
          return [{ type: 'code', text: node.value }]
        case 'link':
          return [{ type: 'link', url: node.url, children: spans(node.children) }]
        default:
          return unmask(masked.slice(node.position!.start.offset!, node.position!.end.offset!))
      }
    })
  return merge(spans(block.children))
}

/** Neighbouring text spans as one. */
function merge(spans: Span[]): Span[] {
  const out: Span[] = []
  for (const s of spans) {
    const last = out.at(-1)
    if (s.type === 'text' && last?.type === 'text') out[out.length - 1] = { type: 'text', text: last.text + s.text }
    else out.push(s)
  }
  return out
}

/** Whether a Markdown text holds anything but text: then it is kept as Markdown, else read as plain text. */
export function hasMarkup(source: string): boolean {
  return parseInline(source).some(s => s.type !== 'text')
}

/** What a reader sees of the spans, math as its LaTeX. */
export function spansText(spans: readonly Span[]): string {
  return spans
    .map(s => {
      if (s.type === 'text' || s.type === 'code') return s.text
      if (s.type === 'math') return s.tex
      return spansText(s.children)
    })
    .join('')
}

/**
 * About as wide as the formula is drawn, for measuring: a command (\alpha, \sum) is one glyph,
 * braces, scripts' marks and spacing commands take no room, a fraction as wide as its wider part.
 */
export function mathWidthText(tex: string): string {
  return tex
    .replace(/\\(?:left|right|big|Big|bigg|Bigg|mathrm|mathbf|mathit|text|operatorname)\b/g, '')
    .replace(/\\(?:frac|dfrac|tfrac)\{([^{}]*)\}\{([^{}]*)\}/g, (_, a: string, b: string) =>
      a.length > b.length ? a : b,
    )
    .replace(/\\[,;:! ]|\\quad|\\qquad/g, ' ')
    .replace(/\\[A-Za-z]+/g, 'x')
    .replace(/[{}^_]/g, '')
}

/** The text of the spans as wide as they are drawn: math shortened by mathWidthText. */
export function measuredText(spans: readonly Span[]): string {
  return spans
    .map(s => {
      if (s.type === 'math') return mathWidthText(s.tex)
      if (s.type === 'text' || s.type === 'code') return s.text
      return measuredText(s.children)
    })
    .join('')
}
