// Text in a Markdown outline is taken as written, like text in YAML: in a title, a cell or a
// quote `**` stays two asterisks. The one exception is the backslash before punctuation, which
// Markdown needs to keep a character from starting something (`\|` in a table cell, `1\.` at the
// start of a point). A point is read as Markdown when it holds some (`pointFrom`).
import type { Point } from '../../outline/fields.ts'
import { hasMarkup } from '../../outline/inline.ts'
import { displayOnly } from '../../outline/math.ts'

const ESCAPED = /\\([!-/:-@[-`{-~])/g

/** Source text of one piece of inline content → the text it stands for. */
export function literal(source: string): string {
  return source
    .replace(/[ \t]*\r?\n[ \t]*/g, ' ')
    .trim()
    .replace(ESCAPED, '$1')
}

export type Where = 'item' | 'heading' | 'cell' | 'paragraph'

/**
 * Text → Markdown source that `literal` reads back as the same text, or undefined when there is
 * none (line breaks, spaces at either end, empty text).
 */
export function escapeText(text: string, where: Where): string | undefined {
  if (text === '' || text !== text.trim() || /[\r\n\t]/.test(text)) return undefined
  let s = text.replace(/\\(?=[!-/:-@[-`{-~]|$)/g, '\\\\')
  if (where === 'cell') s = s.replace(/\|/g, '\\|')
  if (/^([#>+*\-_=<[|~`:]|\d+[.)])/.test(s))
    s = s.replace(/^(\d+)?(.)/, (_, digits: string | undefined, c: string) => `${digits ?? ''}\\${c}`)
  if (where === 'heading') {
    if (s.includes('}')) s = s.replace(/\{/g, '\\{')
    if (/(^|\s)#+$/.test(s)) s = s.replace(/#+$/, m => `\\${m}`)
  }
  return s
}

/**
 * The source of a point → the point: a display formula alone (`$$…$$`) is `{ math }`, text with
 * Markdown in it (**strong**, *emphasis*, `code`, [links](url), $math$) is `{ markdown }` as
 * written, lines joined, and anything else plain text, as `literal` reads it.
 */
export function pointFrom(source: string): Point {
  const flat = source.replace(/[ \t]*\r?\n[ \t]*/g, ' ').trim()
  const formula = displayOnly(flat)
  if (formula !== undefined) return { math: formula }
  return hasMarkup(flat) ? { markdown: flat } : literal(source)
}
