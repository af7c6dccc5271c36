// Where citations stand in a text, as Pandoc reads them: `[@a; see @b, p. 3]` (in brackets,
// several at once, a prefix and a suffix each), `[-@a]` (the year alone) and `@a` in running text
// (narrative), with `@key [p. 3]` for a narrative citation's locator. An `@` after a letter or a
// digit (an email address) is not a citation. Pure.

export interface CitationItem {
  key: string
  /** Text before the key inside the brackets ("see"). */
  prefix: string
  /** Text after the key (", p. 3" or "p. 3"), as written. */
  suffix: string
  /** `-@key`: the year (or number) without the authors. */
  suppressAuthor: boolean
}

export interface Citation {
  /** Offsets of the whole citation in the text: [start, end). */
  start: number
  end: number
  narrative: boolean
  items: CitationItem[]
  /** Offset of each item's key in the text (the `@`). */
  at: number[]
}

// A key starts with a letter, digit or _; it may hold internal punctuation (:.#$%&-+?<>~/),
// never at its end. `@{…}` takes anything but braces.
const KEY = String.raw`(?:\{([^{}]+)\}|([\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&\-+?<>~/](?=[\p{L}\p{N}_]))*))`
const KEY_AT = new RegExp(String.raw`(-?)@${KEY}`, 'gu')
const BRACKETS = /\[([^[\]]*@[^[\]]*)\](?![([])/g
/** Link targets and bare URLs, where an `@` is part of an address. */
const ADDRESSES = /\]\([^()\s]*\)|<?\b[a-z][a-z0-9+.-]*:\/\/[^\s>]*>?/gi
const NARRATIVE = new RegExp(String.raw`(?<![\p{L}\p{N}_@\\])@${KEY}(?:\s?\[([^[\]@]*)\](?![([]))?`, 'gu')

/** Every citation in the text, in order. */
export function findCitations(text: string): Citation[] {
  const found: Citation[] = []
  const taken: [number, number][] = [...text.matchAll(ADDRESSES)].map(m => [m.index, m.index + m[0].length])
  for (const m of text.matchAll(BRACKETS)) {
    if (taken.some(([a, b]) => m.index >= a && m.index < b)) continue
    const inner = m[1]!
    const start = m.index + 1
    const parsed = bracketed(inner, start)
    if (!parsed) continue
    found.push({ start: m.index, end: m.index + m[0].length, narrative: false, ...parsed })
    taken.push([m.index, m.index + m[0].length])
  }
  for (const m of text.matchAll(NARRATIVE)) {
    if (taken.some(([a, b]) => m.index >= a && m.index < b)) continue
    const key = m[1] ?? m[2]!
    const suffix = (m[3] ?? '').trim()
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      narrative: true,
      items: [{ key, prefix: '', suffix, suppressAuthor: false }],
      at: [m.index],
    })
  }
  return found.sort((a, b) => a.start - b.start)
}

/** The inside of `[…]` as citation items, or undefined when a part of it holds no `@key`. */
function bracketed(inner: string, offset: number): Pick<Citation, 'items' | 'at'> | undefined {
  const items: CitationItem[] = []
  const at: number[] = []
  let from = 0
  for (const part of inner.split(';')) {
    KEY_AT.lastIndex = 0
    const m = firstKey(part)
    if (!m) return undefined
    items.push({
      key: m[2] ?? m[3]!,
      prefix: part.slice(0, m.index).trim(),
      suffix: part.slice(m.index + m[0].length).trim(),
      suppressAuthor: m[1] === '-',
    })
    at.push(offset + from + m.index + m[1]!.length)
    from += part.length + 1
  }
  return { items, at }
}

/** The first `@key` of a part that is not inside a word (an email address is not a key). */
function firstKey(part: string): RegExpExecArray | undefined {
  for (const m of part.matchAll(KEY_AT)) {
    const before = part[m.index - 1]
    if (before === undefined || !/[\p{L}\p{N}_]/u.test(before)) return m as RegExpExecArray
  }
  return undefined
}
