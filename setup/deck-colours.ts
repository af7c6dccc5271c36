import configs from '#slidev/configs'
import { palette, type Palette } from '../scripts/lib/themes/index.ts'

/**
 * The deck's colours, from its headmatter as talkdeck writes it (scripts/lib/emit/headmatter.ts):
 * `colorSchema` names the theme (light or dark), `themeConfig.primary` the deck's own accent.
 */
export function deckColours(): Palette {
  const accent = configs.themeConfig?.primary
  return palette(String(configs.colorSchema ?? 'light'), typeof accent === 'string' ? accent : undefined)
}
