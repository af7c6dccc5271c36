// Outline text is plain text: it must reach the slide literally. Slidev Markdown is
// Markdown, a Vue template and a slide-separator language at once, so each of those
// readings is disarmed here, and nothing else is touched (so "GPT-3" stays "GPT-3").

const BACKSLASHED = /[\\`*_[\]~|']/g
// Runs Slidev's Markdown typographer would turn into other characters: "--" → "–", "..." → "…",
// "+-" → "±", and an apostrophe into "’" (Slidev sets its quotes straight, but not apostrophes), so
// a ' is backslashed: an escaped character is left alone.
const TYPOGRAPHY = /-{2,}|\.{2,}|!{4,}|\?{4,}|,{2,}|\+-/g
const LINE_START = /^(\s*)([-+=:>#]|\d+[.)])/

/** One line of inline Markdown text that renders exactly as `s` reads. */
export function mdInline(s: string): string {
  const flat = s.replace(/\s*\r?\n\s*/g, ' ').trim()
  const escaped = lineStart(escapeRun(flat))
  // Vue would read "{{ }}" as an interpolation: v-pre tells it to leave the text alone.
  return /[{}]/.test(flat) ? `<span v-pre>${escaped}</span>` : escaped
}

/** A run of text inside a line of Markdown, escaped to render as it reads (braces aside: see mdInline). */
export function escapeRun(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\$/g, '&#36;')
    .replace(TYPOGRAPHY, run => run[0] + [...run.slice(1)].map(c => `&#${c.charCodeAt(0)};`).join(''))
    .replace(/\((?=(c|r|tm|p)\))/gi, '&#40;')
    .replace(BACKSLASHED, c => `\\${c}`)
}

/** A line whose start would read as a list, heading, quote…, with that start escaped. */
export function lineStart(line: string): string {
  return line.replace(LINE_START, (_, space: string, lead: string) => `${space}${escapeLead(lead)}`)
}

function escapeLead(lead: string): string {
  const dot = /^(\d+)([.)])$/.exec(lead)
  if (dot) return `${dot[1]}\\${dot[2]}`
  return `\\${lead}`
}

// Inside an HTML element Markdown reads nothing, so a backslash would show; Vue still reads
// "{{ }}" and Slidev's preparsers still see "$" and the rest. Each becomes a numeric entity.
const HTML_ACTIVE = /[&<>"'${}\\`*_[\]~|]/g

/** One line of text inside an HTML element (a caption, a byline) that shows exactly as `s` reads. */
export function htmlText(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(HTML_ACTIVE, c => `&#${c.charCodeAt(0)};`)
}

/**
 * Multi-line text (speaker notes): each line inline-escaped, paragraphs kept, and a line break
 * inside a paragraph kept as a Markdown hard break (a backslash at the end of the line).
 */
export function mdBlock(s: string): string {
  return s
    .trim()
    .split(/\r?\n\s*\r?\n/)
    .map(p =>
      p
        .split(/\r?\n/)
        .map(line => mdInline(line))
        .filter(Boolean)
        .join('\\\n'),
    )
    .join('\n\n')
}

/** Text inside a Markdown table cell. */
export function mdCell(s: string | number): string {
  return mdInline(String(s))
}
