// Where the outline takes text or a number, a number reads as it was written: YAML would make
// "0x10" 16, "1e3" 1000, "1.50" 1.5 and "007" 7. Fields that take only a number are left alone.
import type { ReadOutline } from '../readers/types.ts'
import type { Path } from './places.ts'

/** The text-or-number fields ("*" is any index): the deck's date, timeline dates, table cells. */
export const TEXT_OR_NUMBER: readonly Path[] = [
  ['deck', 'date'],
  ['sections', '*', 'slides', '*', 'events', '*', 'date'],
  ['sections', '*', 'slides', '*', 'rows', '*', '*'],
]

/** The data with each number in a text-or-number field whose source reads otherwise replaced by that source. */
export function keepNumberSources(read: Pick<ReadOutline, 'data' | 'numberSource'>): unknown {
  const { numberSource } = read
  if (!numberSource) return read.data
  const visit = (value: unknown, pattern: Path, path: Path): unknown => {
    if (pattern.length === 0) return typeof value === 'number' ? (numberSource(path) ?? value) : value
    if (value === null || typeof value !== 'object') return value
    const [head, ...rest] = pattern
    const copy = (Array.isArray(value) ? [...value] : { ...value }) as Record<string, unknown>
    for (const key of Object.keys(copy)) {
      if (head !== '*' && key !== head) continue
      const step = Array.isArray(value) ? Number(key) : key
      copy[key] = visit(copy[key], rest, [...path, step])
    }
    return copy
  }
  return TEXT_OR_NUMBER.reduce((data, pattern) => visit(data, pattern, []), read.data)
}
