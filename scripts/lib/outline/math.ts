// Where math stands in a Markdown text, by Pandoc's tex_math_dollars rules: `$…$` inline (the
// opening `$` has a non-space right after it, the closing one a non-space before it and no digit
// after it, and no space inside may stand right before a `$`), `$$…$$` display. So "$20",
// "$500 to $5,000" and "$5M" stay text, and `\$` is a dollar. A code span (`…`) is read first:
// a `$` inside it is code. Pure.

export interface MathSpan {
  /** Offsets of the whole span, delimiters included: [start, end). */
  start: number
  end: number
  /** The LaTeX between the delimiters. */
  tex: string
  display: boolean
}

/** Every math span of `text`, in order; `code` collects the code spans met on the way. */
export function findMath(text: string, code: [number, number][] = []): MathSpan[] {
  const found: MathSpan[] = []
  let i = 0
  while (i < text.length) {
    const c = text[i]!
    if (c === '\\') {
      i += 2
      continue
    }
    if (c === '`') {
      const end = afterCode(text, i)
      if (text[end - 1] === '`' && end - i > 1 && text.slice(i, end).replace(/^`+/, '') !== '') code.push([i, end])
      i = end
      continue
    }
    if (c !== '$') {
      i++
      continue
    }
    const span = text[i + 1] === '$' ? display(text, i) : inline(text, i)
    if (span) {
      found.push(span)
      i = span.end
    } else i += text[i + 1] === '$' ? 2 : 1
  }
  return found
}

/** The offset after a code span opening at `i`, or after its backticks when it is not closed. */
function afterCode(text: string, i: number): number {
  const run = /^`+/.exec(text.slice(i))![0]
  const close = new RegExp(`(?<!\`)${run}(?!\`)`, 'g')
  close.lastIndex = i + run.length
  const m = close.exec(text)
  return m ? m.index + run.length : i + run.length
}

function inline(text: string, open: number): MathSpan | undefined {
  const first = text[open + 1]
  if (first === undefined || /\s/.test(first)) return undefined
  let i = open + 1
  while (i < text.length) {
    const c = text[i]!
    if (c === '\\') {
      i += 2
      continue
    }
    if (/\s/.test(c)) {
      const space = /^\s+/.exec(text.slice(i))![0]
      if (/\n[ \t]*\n/.test(space) || text[i + space.length] === '$') return undefined
      i += space.length
      continue
    }
    if (c === '$') {
      if (/\d/.test(text[i + 1] ?? '')) return undefined
      return { start: open, end: i + 1, tex: text.slice(open + 1, i), display: false }
    }
    i++
  }
  return undefined
}

function display(text: string, open: number): MathSpan | undefined {
  let i = open + 2
  while (i < text.length) {
    if (text[i] === '\\') {
      i += 2
      continue
    }
    if (text.startsWith('$$', i)) {
      const tex = text.slice(open + 2, i).trim()
      if (tex === '' || /\n[ \t]*\n/.test(tex)) return undefined
      return { start: open, end: i + 2, tex, display: true }
    }
    i++
  }
  return undefined
}

/** Where a Markdown text holds math or code: [start, end) ranges, in order. */
export function mathAndCode(text: string): [number, number][] {
  const code: [number, number][] = []
  const math = findMath(text, code).map((m): [number, number] => [m.start, m.end])
  return [...math, ...code].sort((a, b) => a[0] - b[0])
}

/** The formula of a text that is one display formula and nothing else, or undefined. */
export function displayOnly(text: string): string | undefined {
  const trimmed = text.trim()
  const [span, more] = findMath(trimmed)
  return span?.display && !more && span.start === 0 && span.end === trimmed.length ? span.tex : undefined
}

/** LaTeX on one line: line breaks become spaces (TeX reads them so), `\\` and the rest kept. */
export const oneLine = (tex: string): string => tex.replace(/\s*\r?\n\s*/g, ' ').trim()
