// How a citation and a reference read: author-date ("Kaplan et al., 2020", as APA writes it) or
// numeric ("[1]", numbered in order of first citation). Pure.
import type { Entry, Name } from './bibliography.ts'
import type { Citation, CitationItem } from './syntax.ts'

export const CITATION_STYLES = ['author-date', 'numeric'] as const
export type CitationStyle = (typeof CITATION_STYLES)[number]

/** What a slide's reference list shows of one entry (the references kind's fields). */
export interface ReferenceItem {
  title: string
  authors?: string
  year?: number | string
  venue?: string
}

const familyOf = (n: Name) => n.literal ?? n.family ?? n.given ?? ''
const people = (e: Entry) => (e.author?.length ? e.author : (e.editor ?? []))

export function yearOf(e: Entry): number | undefined {
  const year = Number(e.issued?.['date-parts']?.[0]?.[0])
  return Number.isInteger(year) && year > 0 ? year : undefined
}

/** "Kaplan", "Ouyang & Wu" ("Ouyang and Wu" in running text), "Kaplan et al."; the title when no one is named. */
export function authorLabel(e: Entry, narrative: boolean): string {
  const names = people(e).map(familyOf).filter(Boolean)
  if (names.length === 0) return e.title ?? e.id
  if (names.length === 1) return names[0]!
  if (names.length === 2) return names.join(narrative ? ' and ' : ' & ')
  return `${names[0]} et al.`
}

const yearTextOf = (e: Entry, letters?: Letters) =>
  `${yearOf(e) ?? e.issued?.literal ?? 'n.d.'}${letters?.get(e.id) ?? ''}`

/** "a", "b"… after the year of works whose citations would read the same ("Wei et al., 2022a"). */
export type Letters = ReadonlyMap<string, string>

/** The letters for the works cited, in the order of the reference list. */
export function yearLetters(ordered: string[], entries: ReadonlyMap<string, Entry>): Letters {
  const groups = new Map<string, string[]>()
  for (const key of ordered) {
    const e = entries.get(key)!
    const label = `${authorLabel(e, false)}|${yearOf(e) ?? e.issued?.literal ?? ''}`
    groups.set(label, [...(groups.get(label) ?? []), key])
  }
  const letters = new Map<string, string>()
  for (const keys of groups.values())
    if (keys.length > 1) keys.forEach((k, i) => letters.set(k, String.fromCharCode(97 + i)))
  return letters
}
const withSuffix = (text: string, suffix: string) =>
  suffix === '' ? text : `${text}${/^[,.;:]/.test(suffix) ? '' : ', '}${suffix}`
const withPrefix = (prefix: string, text: string) => (prefix === '' ? text : `${prefix} ${text}`)

/** A citation as it reads in the text. `number` gives an entry's number in the numeric style. */
export function formatCitation(
  citation: Citation,
  entries: ReadonlyMap<string, Entry>,
  style: CitationStyle,
  number: (key: string) => number,
  letters: Letters = new Map(),
): string {
  const entry = (item: CitationItem) => entries.get(item.key)!
  const yearText = (e: Entry) => yearTextOf(e, letters)
  if (style === 'numeric') return numeric(citation, entry, number)
  if (citation.narrative) {
    const [item] = citation.items
    const e = entry(item!)
    return `${authorLabel(e, true)} (${withSuffix(yearText(e), item!.suffix)})`
  }
  const parts = citation.items.map(item => {
    const e = entry(item)
    const who = item.suppressAuthor ? yearText(e) : `${authorLabel(e, false)}, ${yearText(e)}`
    return withSuffix(withPrefix(item.prefix, who), item.suffix)
  })
  return `(${parts.join('; ')})`
}

function numeric(citation: Citation, entry: (item: CitationItem) => Entry, number: (key: string) => number): string {
  const plain = citation.items.every(i => i.prefix === '' && i.suffix === '')
  const label = plain
    ? `[${ranges(citation.items.map(i => number(i.key)))}]`
    : citation.items.map(i => `[${withSuffix(withPrefix(i.prefix, String(number(i.key))), i.suffix)}]`).join(', ')
  return citation.narrative ? `${authorLabel(entry(citation.items[0]!), true)} ${label}` : label
}

/** 1, 3, 4, 5 → "1, 3–5". */
function ranges(numbers: number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b)
  const out: string[] = []
  for (let i = 0; i < sorted.length; ) {
    let j = i
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++
    out.push(j - i >= 2 ? `${sorted[i]}–${sorted[j]}` : sorted.slice(i, j + 1).join(', '))
    i = j + 1
  }
  return out.join(', ')
}

/** An entry as a line of the reference list: up to three authors, then "et al.". */
export function referenceItem(e: Entry, letters: Letters = new Map()): ReferenceItem {
  const names = people(e).map(n => (n.literal ? n.literal : [initials(n.given), n.family].filter(Boolean).join(' ')))
  const authors = names.length > 3 ? `${names.slice(0, 3).join(', ')} et al.` : names.join(', ')
  const venue = e['container-title'] ?? e.publisher ?? e.genre
  const year = yearOf(e)
  return {
    title: e.title ?? e.id,
    ...(authors ? { authors } : {}),
    ...(year && year >= 1900 && year <= 2100 ? { year: letters.has(e.id) ? `${year}${letters.get(e.id)}` : year } : {}),
    ...(venue ? { venue } : {}),
  }
}

/** "Jared" → "J.", "Jean-Paul" → "J.-P.". */
function initials(given: string | undefined): string {
  if (!given) return ''
  return given
    .split(/\s+/)
    .map(part =>
      part
        .split('-')
        .map(p => (p.endsWith('.') ? p : `${[...p][0] ?? ''}.`))
        .join('-'),
    )
    .join(' ')
}

/** The reference list's order: numeric by first citation; author-date by author, then year, then title. */
export function referenceOrder(keys: string[], entries: ReadonlyMap<string, Entry>, style: CitationStyle): string[] {
  if (style === 'numeric') return keys
  const sortKey = (k: string) => {
    const e = entries.get(k)!
    const names = people(e).map(familyOf).join(' ') || (e.title ?? k)
    return [names.toLocaleLowerCase('en'), String(yearOf(e) ?? 9999), (e.title ?? '').toLocaleLowerCase('en')]
  }
  return [...keys].sort((a, b) => {
    const [x, y] = [sortKey(a), sortKey(b)]
    for (let i = 0; i < x.length; i++) {
      const c = x[i]!.localeCompare(y[i]!, 'en')
      if (c !== 0) return c
    }
    return 0
  })
}
