// Dates as a timeline's outline writes them, read as points on a time axis. Pure and
// import-free: the generator and components/TimeAxis.vue share it.
//
// Read: a year ("2019", 2019), a month ("2018-06", "2018/6", "2018.06", "2018 年 6 月",
// "June 2018", "Jun 2018"), a day ("2022-11-30", "2022 年 11 月 30 日") and a span of two of
// those ("1950–1990", "1950-1990", "2018 – 2023", "2020-03 to 2021-06"). Anything else
// ("early 2023", "Q3") is not read: the timeline then spaces its events evenly.

/** A point or a span on the axis, in years (2018-06 → 2018.41…). */
export interface When {
  start: number
  end: number
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const DAYS_BEFORE = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]

function at(year: number, month = 1, day = 1): number | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined
  return year + (DAYS_BEFORE[month - 1]! + day - 1) / 365
}

/** One date (no span) → years, or undefined. */
function point(text: string): number | undefined {
  const t = text.trim()
  let m = /^(\d{3,4})$/.exec(t)
  if (m) return at(Number(m[1]))
  m = /^(\d{4})\s*[-/.]\s*(\d{1,2})(?:\s*[-/.]\s*(\d{1,2}))?$/.exec(t)
  if (m) return at(Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : 1)
  m = /^(\d{4})\s*年\s*(?:(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日)?)?$/u.exec(t)
  if (m) return at(Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1)
  m = /^(?:(\d{1,2})\s+)?([A-Za-z]{3})[a-z]*\.?\s+(?:(\d{1,2}),?\s+)?(\d{4})$/.exec(t)
  if (m) {
    const month = MONTHS.indexOf(m[2]!.toLowerCase()) + 1
    return month ? at(Number(m[4]), month, Number(m[1] ?? m[3] ?? 1)) : undefined
  }
  return undefined
}

/** A date or a span as the outline writes it → where it sits on the axis; undefined when it cannot be read. */
export function readDate(date: string | number): When | undefined {
  if (typeof date === 'number') return Number.isInteger(date) ? { start: date, end: date } : undefined
  const one = point(date)
  if (one !== undefined) return { start: one, end: one }
  const span = /^(.+?)\s*(?:[–—~〜至]|\bto\b|(?<=\d{4})-(?=\s*\d{4}\s*$))\s*(.+)$/u.exec(date.trim())
  if (!span) return undefined
  const start = point(span[1]!)
  const end = point(span[2]!)
  return start !== undefined && end !== undefined && end >= start ? { start, end } : undefined
}

/** Every date read, or undefined when one of them cannot be (the axis then spaces them evenly). */
export function readDates(dates: readonly (string | number)[]): When[] | undefined {
  const read = dates.map(readDate)
  return read.every(w => w !== undefined) ? (read as When[]) : undefined
}

/** Where a point or span is read from: a span by its middle. */
export const middle = (w: When) => (w.start + w.end) / 2

/** The first pair of neighbours whose dates go back in time (index of the later one), or -1. */
export function outOfOrder(whens: readonly When[]): number {
  for (let i = 1; i < whens.length; i++) if (middle(whens[i]!) < middle(whens[i - 1]!)) return i
  return -1
}
