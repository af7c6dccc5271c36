// Text in a Markdown outline is taken as written, like text in YAML: `**` stays two asterisks.
// The one exception is the backslash before punctuation, which Markdown needs to keep a
// character from starting something (`\|` in a table cell, `1\.` at the start of a point).

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
