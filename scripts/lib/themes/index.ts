// A deck's colours: its theme (light, the default, or dark) with its own accent, if it sets one.
// The accent also gives the tint (diagram boxes, table headers) and the type set on the accent.
// Pure; imports nothing outside this folder, so the browser side can use it.
import { AA, contrast, mix } from './contrast.ts'
import { dark } from './dark.ts'
import { light } from './light.ts'

export type Palette = typeof light
export type ColourName = keyof Palette
export const THEMES = { light, dark } as const
export type ThemeName = keyof typeof THEMES

/** How much of the accent the tint holds, over the background. */
const TINT = { light: 0.11, dark: 0.22 } as const

/** The colours of theme `name` (unknown names read as light), with `accent` in place of the theme's own. */
export function palette(name: string = 'light', accent?: string): Palette {
  const themeName: ThemeName = name === 'dark' ? 'dark' : 'light'
  const base = THEMES[themeName]
  if (!accent || accent.toLowerCase() === base.accent) return base
  const bg = base.background
  const tint = mix(accent, bg, TINT[themeName])
  // Dark: dividers in a deep shade of the accent, the number in the accent itself.
  if (themeName === 'dark')
    return {
      ...base,
      accent: accent.toLowerCase(),
      tint,
      section: mix(accent, bg, 0.3),
      onAccentMuted: accent.toLowerCase(),
    }
  // Light: dividers in the accent, the type in white or the text's colour, whichever reads better on it.
  const onAccent = contrast(bg, accent) >= contrast(base.text, accent) ? bg : base.text
  return {
    ...base,
    accent: accent.toLowerCase(),
    tint,
    section: accent.toLowerCase(),
    onAccent,
    onAccentMuted: mix(accent, onAccent, 0.15),
  }
}

export interface Pair {
  /** What reads on what, for messages. */
  what: string
  fg: ColourName
  bg: ColourName
  /** The ratio WCAG AA asks of the pair. */
  min: number
}

/** Every pair of colours the slides set one on the other, with the ratio AA asks of it. */
export const PAIRS: readonly Pair[] = [
  { what: 'body text', fg: 'text', bg: 'background', min: AA.text },
  { what: 'secondary text (captions, footer)', fg: 'muted', bg: 'background', min: AA.text },
  { what: 'links and accent text', fg: 'accent', bg: 'background', min: AA.text },
  { what: 'text in diagram boxes and table headers', fg: 'text', bg: 'tint', min: AA.text },
  { what: 'secondary text on the tint (quotes)', fg: 'muted', bg: 'tint', min: AA.text },
  { what: 'diagram box borders on their fill', fg: 'accent', bg: 'tint', min: AA.large },
  { what: 'code', fg: 'text', bg: 'code', min: AA.text },
  { what: 'section titles on their fill', fg: 'onAccent', bg: 'section', min: AA.large },
  { what: 'section numbers on their fill', fg: 'onAccentMuted', bg: 'section', min: AA.large },
  { what: "the presenter's clock, ahead", fg: 'ahead', bg: 'background', min: AA.text },
  { what: "the presenter's clock, behind", fg: 'behind', bg: 'background', min: AA.text },
]

export interface Shortfall extends Pair {
  ratio: number
}

/** The pairs of `colours` that read under AA (none for the shipped themes). */
export function shortfalls(colours: Palette): Shortfall[] {
  return PAIRS.map(p => ({ ...p, ratio: contrast(colours[p.fg], colours[p.bg]) })).filter(p => p.ratio < p.min)
}

/**
 * The accent closest to `accent` that passes in theme `name`: the same hue moved towards the
 * theme's text colour (darker on light, lighter on dark) in small steps until every pair reads.
 */
export function nearestAccent(name: string, accent: string): string {
  const base = palette(name)
  for (let step = 1; step <= 40; step++) {
    const candidate = mix(base.text, accent, step / 40)
    if (shortfalls(palette(name, candidate)).length === 0) return candidate
  }
  return base.accent
}
