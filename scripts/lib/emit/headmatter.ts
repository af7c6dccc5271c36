import type { DeckMeta } from '../outline/fields.ts'
import { theme } from '../theme.ts'
import { mdInline } from './escape.ts'

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
    ...(meta.accent ? { themeConfig: { primary: meta.accent.toLowerCase() } } : {}),
    aspectRatio: theme.canvas.aspect,
    canvasWidth: theme.canvas.width,
    transition: 'slide-left',
    mdc: false,
    drawings: { persist: false },
    ...(minutes > 0 ? { duration: `${minutes}min` } : {}),
  }
}
