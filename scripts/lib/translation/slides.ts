// An outline's slides as a translation compares them: by id, with the outline lines each one is
// written on, the numbers in its text, and a fingerprint of what it says. Pure.
import { createHash } from 'node:crypto'
import type { Place } from '../errors.ts'
import { slideId } from '../outline/ids.ts'
import type { ParsedOutline } from '../outline/parse.ts'

export interface OutlineSlide {
  id: string
  /** Where the slide starts in its outline. */
  place: Place
  /** The last line of the slide in its outline. */
  end: number
  /** The slide's lines as written (from `place.line` to `end`). */
  lines: string[]
  /** Every number the slide shows, in order ("1,000" read as 1000); not those in its notes. */
  numbers: string[]
  /** What the slide says, as data (not as written): changes when any of its fields does. */
  fingerprint: string
}

/** The slides of a parsed outline, in order; `text` is the outline file the places point into. */
export function outlineSlides({ outline, locate }: ParsedOutline, text: string): OutlineSlide[] {
  const lines = text.split(/\r?\n/)
  const starts: number[] = []
  const found = outline.sections.flatMap((section, s) => {
    starts.push(locate(['sections', s]).line)
    return section.slides.map((slide, i) => {
      const place = locate(['sections', s, 'slides', i])
      starts.push(place.line)
      return { id: slideId(section, slide, i), place, slide }
    })
  })
  const sorted = [...new Set(starts)].sort((a, b) => a - b)
  return found.map(({ id, place, slide }) => {
    const next = sorted.find(line => line > place.line) ?? lines.length + 1
    const end = lastContentLine(lines, place.line, next - 1)
    return {
      id,
      place,
      end,
      lines: lines.slice(place.line - 1, end),
      numbers: numbersIn(slide),
      fingerprint: fingerprint(slide),
    }
  })
}

/** The last line of a slide before `last`, leaving out the blank and comment lines that lead into the next. */
function lastContentLine(lines: string[], first: number, last: number): number {
  let end = last
  while (end > first && /^\s*(#(?!#)|<!--|$)/.test(lines[end - 1] ?? '')) end--
  return end
}

const NUMBER = /\d+(?:[.,]\d+)*/g

/** The numbers in every text and number of a slide, its id, kind and notes (what is said, not shown) left out. */
export function numbersIn(value: unknown, key?: string): string[] {
  if (key === 'id' || key === 'kind' || key === 'notes') return []
  if (typeof value === 'number') return [String(value)]
  if (typeof value === 'string') return [...value.matchAll(NUMBER)].map(m => normalise(m[0]))
  if (Array.isArray(value)) return value.flatMap(v => numbersIn(v))
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => numbersIn(v, k))
  return []
}

/** "1,000" and "1,000,000" are thousands; "1,5" and "3.14" keep their point. */
const normalise = (n: string) => (/^\d{1,3}(,\d{3})+$/.test(n) ? n.replace(/,/g, '') : n.replace(',', '.'))

/** A short hash of the slide's data, its keys in a fixed order. */
export function fingerprint(value: unknown): string {
  return createHash('sha256').update(canonical(value)).digest('hex').slice(0, 12)
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).sort()
    return `{${keys.map(k => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

/** Numbers one side has more often than the other: `{ source, translation }`, each sorted. */
export function numberDifference(source: string[], translation: string[]): { source: string[]; translation: string[] } {
  const count = (list: string[]) => list.reduce((m, n) => m.set(n, (m.get(n) ?? 0) + 1), new Map<string, number>())
  const a = count(source)
  const b = count(translation)
  const more = (x: Map<string, number>, y: Map<string, number>) =>
    [...x].filter(([n, c]) => c > (y.get(n) ?? 0)).map(([n]) => n)
  return { source: more(a, b), translation: more(b, a) }
}
