// Fitting a code block by measurement: how tall it is at a type size in the deck's monospace
// face (../fonts/mono.ts, lines wrapped as the page wraps them), the largest size in the theme's
// code range at which it fits under its title and points, and, when it does not fit even at the
// floor, its lines cut into parts that each fit (points above stay with the first part, points
// below with the last).
import { codeLines } from '../fonts/mono.ts'
import type { Bullet } from '../outline/fields.ts'
import { contentRoom, theme } from '../theme.ts'
import { bodySizes, listHeight, titleLines } from './fit.ts'

const { type } = theme

/** The room the code block's own box takes around its text, in px: its padding, border and margins. */
export const CODE_BOX = {
  /** Padding above and below, in em of the code's size. */
  padY: 0.5,
  /** Padding left and right, in em. */
  padX: 0.75,
  /** The accent border on its left, px. */
  border: 4,
  /** Its margin above and below, px. */
  margin: 12,
} as const

export interface CodeParts {
  title: string
  bullets?: readonly Bullet[]
  text: string
  after?: readonly Bullet[]
}

/** The sizes a code block may take, largest first. */
export const codeSizes = () => bodySizes(type.code)

/** The height of a code block at `px` in a column `width` px wide. */
export function codeHeight(text: string, px: number, width: number): number {
  const inner = width - 2 * CODE_BOX.padX * px - CODE_BOX.border
  const lines = codeLines(text, inner, px)
  return lines * type.codeLineHeight * px + 2 * CODE_BOX.padY * px + 2 * CODE_BOX.margin
}

/** The height of the points on a code slide (set at the body floor), with the gap after them. */
function pointsHeight(bullets: readonly Bullet[] | undefined, width: number): number {
  if (!bullets?.length) return 0
  const px = type.body.floor
  return listHeight(bullets, px, width) + px * 0.5
}

/** How tall the whole slide body is at code size `px`. */
export function bodyHeight(s: CodeParts, px: number): number {
  const { width } = contentRoom()
  return pointsHeight(s.bullets, width) + codeHeight(s.text, px, width) + pointsHeight(s.after, width)
}

/** The room under the slide's title. */
export const roomOf = (title: string) => contentRoom(theme, titleLines(title)).height

/** The largest code size at which the slide fits; undefined when none does. */
export function codeFit(s: CodeParts): number | undefined {
  return codeSizes().find(px => bodyHeight(s, px) <= roomOf(s.title))
}

/**
 * The code's lines cut into parts that each fit at the floor size: as few parts as greedy
 * filling gives, then as even as they can be (the smallest room for which greedy filling still
 * gives that many). Blank lines at a cut are dropped. One part when it fits already.
 */
export function splitCode(s: CodeParts): string[] {
  const floor = type.code.floor
  const room = roomOf(s.title)
  if (bodyHeight(s, floor) <= room) return [s.text]
  const lines = s.text.replace(/\n$/, '').split('\n')
  const fill = (limit: number) => greedy(lines, (part, first, last) => heightOf(s, part, first, last) <= limit)
  const parts = fill(room)
  let lo = 0
  let hi = room
  for (let i = 0; i < 12; i++) {
    const mid = (lo + hi) / 2
    if (fill(mid).length <= parts.length) hi = mid
    else lo = mid
  }
  const even = fill(hi)
  const best = even.length <= parts.length ? even : parts
  return best
    .map(p => trimBlank(p))
    .filter(p => p.length > 0)
    .map(p => `${p.join('\n')}\n`)
}

const heightOf = (s: CodeParts, part: string[], first: boolean, last: boolean) =>
  bodyHeight(
    {
      title: s.title,
      text: part.join('\n'),
      bullets: first ? s.bullets : undefined,
      after: last ? s.after : undefined,
    },
    type.code.floor,
  )

/** Lines filled into parts while they fit; the points below go with the last part, on a part of their own if need be. */
function greedy(lines: string[], fits: (part: string[], first: boolean, last: boolean) => boolean): string[][] {
  const parts: string[][] = [[]]
  for (const line of lines) {
    const part = parts.at(-1)!
    if (part.length > 0 && !fits([...part, line], parts.length === 1, false)) parts.push([line])
    else part.push(line)
  }
  const last = parts.at(-1)!
  if (!fits(last, parts.length === 1, true)) {
    const tail: string[] = []
    while (last.length > 1 && fits([last.at(-1)!, ...tail], false, true)) tail.unshift(last.pop()!)
    if (tail.length > 0) parts.push(tail)
  }
  return parts
}

function trimBlank(lines: string[]): string[] {
  let from = 0
  let to = lines.length
  while (from < to && lines[from]!.trim() === '') from++
  while (to > from && lines[to - 1]!.trim() === '') to--
  return lines.slice(from, to)
}
