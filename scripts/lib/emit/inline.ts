// A point written as Markdown → the Markdown of the slide: **strong**, *emphasis*, `code` and
// [links](url) as Markdown, math in Slidev's own KaTeX syntax ($…$ inline, $$…$$ display), and
// every other character escaped as plain text is (./escape.ts), so no HTML or Vue runs.
import type { Point } from '../outline/fields.ts'
import type { Span } from '../outline/inline.ts'
import { oneLine } from '../outline/math.ts'
import { spansOf } from '../outline/points.ts'
import { escapeRun, lineStart, mdInline } from './escape.ts'

/** One point as one line of Markdown. */
export function mdPoint(point: Point): string {
  if (typeof point === 'string') return mdInline(point)
  if ('math' in point) return `$$ ${oneLine(point.math)} $$`
  const spans = spansOf(point)
  const line = lineStart(markdown(spans))
  // Vue would read "{{ }}" in text or code as an interpolation (Slidev guards the math itself).
  return braces(spans) ? `<span v-pre>${line}</span>` : line
}

function markdown(spans: readonly Span[]): string {
  return spans.map(spanMarkdown).join('')
}

function spanMarkdown(s: Span): string {
  switch (s.type) {
    case 'text':
      return escapeRun(s.text.replace(/\s*\r?\n\s*/g, ' '))
    case 'strong':
      return `**${markdown(s.children)}**`
    case 'emphasis':
      return `*${markdown(s.children)}*`
    case 'code':
      return code(s.text)
    case 'link': {
      const url = safeUrl(s.url)
      return url === undefined ? markdown(s.children) : `[${markdown(s.children)}](${url})`
    }
    case 'math':
      // Slidev reads $$…$$ as display math only at the start of a line: in running text it is \displaystyle.
      return s.display ? `$\\displaystyle ${oneLine(s.tex)}$` : `$${oneLine(s.tex)}$`
  }
}

/** A code span: fenced by more backticks than it holds in a row, padded where it starts or ends with one. */
function code(text: string): string {
  const flat = text.replace(/\r?\n/g, ' ')
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map(m => m[0].length))
  const fence = '`'.repeat(longest + 1)
  const pad = /^`|`$|^ .* $/.test(flat) ? ' ' : ''
  return `${fence}${pad}${flat}${pad}${fence}`
}

/** Web, mail and relative addresses, written so Markdown reads them whole; others (javascript:…) are not links. */
function safeUrl(url: string): string | undefined {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase()
  if (scheme !== undefined && !['http', 'https', 'mailto'].includes(scheme)) return undefined
  return url.replace(/[\s()<>"'`{}\\]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
}

function braces(spans: readonly Span[]): boolean {
  return spans.some(s => {
    if (s.type === 'text' || s.type === 'code') return /[{}]/.test(s.text)
    if (s.type === 'math') return false
    return braces(s.children) || (s.type === 'link' && /[{}]/.test(s.url))
  })
}
