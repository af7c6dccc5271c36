// Fitting by measurement: how tall a list is at a given type size, with the deck's real font
// metrics (../fonts/measure.ts) and the theme's sizes. A list takes the largest size that fits
// the room under its title; one too long even at the floor continues on further slides, in
// parts of about equal height, never leaving a single point alone on a slide.
import { lineCount } from '../fonts/measure.ts'
import type { Bullet, Point } from '../outline/fields.ts'
import { measuredText } from '../outline/inline.ts'
import { headOf, isFormula, spansOf, subOf } from '../outline/points.ts'
import { contentRoom, theme } from '../theme.ts'
import { splitEvenly } from './split.ts'

const { type, space } = theme

/** The sizes a list may take, largest first. */
export function bodySizes(range: { floor: number; ceiling: number; step?: number } = type.body): number[] {
  const sizes: number[] = []
  for (let px = range.ceiling; px >= range.floor; px -= range.step ?? 2) sizes.push(px)
  return sizes
}

/** How many lines a slide title takes. */
export function titleLines(title: string): number {
  return lineCount(title, contentRoom().width, { px: type.title, bold: true })
}

/** The height of a list at `px`, in a column `width` px wide. */
export function listHeight(bullets: readonly Bullet[], px: number, width: number): number {
  const sub = px * type.subRatio
  const textWidth = width - space.indent * px
  const subWidth = textWidth - space.indent * sub
  let height = 0
  bullets.forEach((b, i) => {
    height += (i > 0 ? space.itemGap * px : 0) + pointHeight(headOf(b), textWidth, px)
    for (const s of subOf(b)) height += space.itemGap * sub * 0.5 + pointHeight(s, subWidth, sub)
  })
  return height
}

/**
 * How tall a point is at `px`: its lines of text, math measured by about the width it is drawn
 * at; a display formula is taller than a line (KaTeX sets it at 1.21em with room above and below,
 * more with a fraction or a big operator).
 */
function pointHeight(point: Point, width: number, px: number): number {
  const lines = lineCount(measuredText(spansOf(point)), width, { px }) * type.lineHeight * px
  if (!isFormula(point)) return lines
  const tall = /\\(d?frac|sum|prod|int|binom|begin)/.test(point.math) ? 2.6 : 1.6
  return lines * tall
}

/** The largest size at which every list fits its room, or undefined when none does. */
export function largestFit(
  lists: readonly (readonly Bullet[])[],
  room: { width: number; height: number },
  sizes = bodySizes(),
): number | undefined {
  return sizes.find(px => lists.every(list => listHeight(list, px, room.width) <= room.height))
}

/**
 * A list → the parts it is shown in (one part when it fits), each no taller than the room at
 * the floor size, as even as they can be, and none with a single point unless that point
 * alone fills a slide. Points keep their sub-points.
 */
export function fitBullets(
  bullets: readonly Bullet[],
  room = contentRoom(),
  floor: number = type.body.floor,
): Bullet[][] {
  if (listHeight(bullets, floor, room.width) <= room.height || bullets.length < 2) return [[...bullets]]
  const heights = bullets.map(b => listHeight([b], floor, room.width) + space.itemGap * floor)
  return splitEvenly(heights, room.height + space.itemGap * floor).map(([from, to]) => bullets.slice(from, to))
}
