import { palette, type Palette } from '../scripts/lib/themes/index.ts'

/**
 * The deck's colours as the page shows them: Slidev marks a deck with `colorSchema: dark` with
 * the `dark` class, and sets the headmatter's `themeConfig` as `--slidev-theme-*` properties on
 * the body (scripts/lib/emit/headmatter.ts writes the deck's accent there).
 */
export function deckColours(): Palette {
  const dark = document.documentElement.classList.contains('dark')
  const accent = getComputedStyle(document.body).getPropertyValue('--slidev-theme-td-accent').trim()
  return palette(dark ? 'dark' : 'light', accent || undefined)
}
