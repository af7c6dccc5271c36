import type { Bullet } from '../outline/fields.ts'

// A bullet slide holds about this many lines of body text under its title (the theme's canvas,
// the default theme's type). Wider-than-that lists continue on a following slide.
export const LINES_PER_SLIDE = 8
const UNITS_PER_LINE = 32 // a CJK character is one unit, a Latin letter about half of one
const SUB_UNITS_PER_LINE = 30

/** How many lines a text takes at a given width, by character widths. */
export function linesOf(text: string, unitsPerLine = UNITS_PER_LINE): number {
  let units = 0
  for (const ch of text) units += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 1 : 0.55
  return Math.max(1, Math.ceil(units / unitsPerLine))
}

function bulletLines(bullet: Bullet): number {
  if (typeof bullet === 'string') return linesOf(bullet)
  return linesOf(bullet.text) + bullet.sub.reduce((n, s) => n + linesOf(s, SUB_UNITS_PER_LINE), 0)
}

/**
 * Split a bullet list into slide-sized parts, never separating a point from its sub-points.
 * A single point too long for one slide gets a slide of its own (the check reports it).
 */
export function fitBullets(bullets: Bullet[], capacity = LINES_PER_SLIDE): Bullet[][] {
  const parts: Bullet[][] = []
  let current: Bullet[] = []
  let used = 0
  for (const bullet of bullets) {
    const lines = bulletLines(bullet)
    if (current.length > 0 && used + lines > capacity) {
      parts.push(current)
      current = []
      used = 0
    }
    current.push(bullet)
    used += lines
  }
  if (current.length > 0) parts.push(current)
  return parts
}
