import type { DeckMeta } from '../outline/fields.ts'
import { theme } from '../theme.ts'
import { palette, type Palette } from '../themes/index.ts'
import { mdInline } from './escape.ts'

/** The deck's accent and the colours it gives, as Slidev's themeConfig (the page reads them as `--slidev-theme-td-*`). */
function accentConfig(colours: Palette): Record<string, string> {
  return {
    primary: colours.accent,
    'td-accent': colours.accent,
    'td-tint': colours.tint,
    'td-section': colours.section,
    'td-on-accent': colours.onAccent,
    'td-on-accent-muted': colours.onAccentMuted,
  }
}

/** How the deck reaches the project's components/, public/, setup/ and styles/: as a Slidev addon. */
export const PROJECT_ADDON = '@/../..'

/** The first slide's frontmatter that configures the whole deck; `minutes`, the talk's planned length, sets Slidev's timer. */
export function headmatter(meta: DeckMeta, minutes = 0): Record<string, unknown> {
  const family = theme.font.families.join(', ')
  return {
    // Slidev's own theme, under talkdeck's styles; the deck's colours (light or dark, and its
    // accent) reach the styles, diagrams and Slidev's own UI through colorSchema and themeConfig.
    theme: 'default',
    // Slidev renders these two as Markdown (the first slide's title, the info panel).
    title: mdInline(meta.title),
    ...(meta.speaker ? { author: meta.speaker } : {}),
    ...(meta.subtitle ? { info: mdInline(meta.subtitle) } : {}),
    htmlAttrs: { lang: meta.language },
    addons: [PROJECT_ADDON],
    favicon: '/favicon.svg',
    fonts: {
      sans: family,
      serif: family,
      mono: [theme.font.mono.family, theme.font.families[1]].join(', '),
      provider: 'none',
    },
    colorSchema: meta.theme,
    ...(meta.accent ? { themeConfig: accentConfig(palette(meta.theme, meta.accent)) } : {}),
    aspectRatio: theme.canvas.aspect,
    canvasWidth: theme.canvas.width,
    transition: 'slide-left',
    mdc: false,
    drawings: { persist: false },
    ...(minutes > 0 ? { duration: `${minutes}min` } : {}),
  }
}
