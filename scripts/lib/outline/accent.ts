// A deck's own accent must read like the theme's: links and numbers set in it at 4.5:1 on the
// background (WCAG AA), section titles on it at 3:1. An accent that fails is an error with the
// nearest colour that passes, rather than a colour quietly changed: the speaker chose it (often a
// brand colour), so they decide between the suggestion and the other theme.
import type { Problem } from '../errors.ts'
import { contrast } from '../themes/contrast.ts'
import { nearestAccent, palette, shortfalls } from '../themes/index.ts'
import type { Locate } from './places.ts'
import type { Outline } from './schema.ts'

export function checkAccent(deck: Outline['deck'], locate: Locate): Problem[] {
  if (!deck.accent) return []
  const colours = palette(deck.theme, deck.accent)
  const [first] = shortfalls(colours)
  if (!first) return []
  const fix = nearestAccent(deck.theme, deck.accent)
  const other = deck.theme === 'dark' ? 'light' : 'dark'
  const passesOther = shortfalls(palette(other, deck.accent)).length === 0
  return [
    {
      code: 'E_ACCENT_CONTRAST',
      message:
        `accent ${deck.accent} fails WCAG AA in the ${deck.theme} theme: ${first.what} read at ` +
        `${first.ratio.toFixed(2)}:1 (${colours[first.fg]} on ${colours[first.bg]}), AA asks ${first.min}:1`,
      place: locate(['deck', 'accent']),
      hint:
        `use accent: "${fix}" (the same hue, ${deck.theme === 'dark' ? 'lighter' : 'darker'}: ` +
        `${contrast(fix, colours.background).toFixed(1)}:1 on the background)` +
        (passesOther ? `, or theme: ${other}, where ${deck.accent} reads` : ''),
    },
  ]
}
