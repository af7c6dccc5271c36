// Fonts ship with the project (npm), so slides and PDFs look the same on every machine,
// including ones without any CJK font installed.
import '@fontsource/noto-sans/400.css'
import '@fontsource/noto-sans/700.css'
import '@fontsource/noto-sans-sc/400.css'
import '@fontsource/noto-sans-sc/700.css'
import '@fontsource/noto-sans-mono/400.css'
import { theme, themeCss } from '../scripts/lib/theme.ts'
import { deckColours } from '../setup/deck-colours.ts'
import './talkdeck.css'
import './talkdeck-slides.css'
import './talkdeck-code.css'
import './talkdeck-chrome.css'

// The design tokens (scripts/lib/theme.ts), in the deck's theme and accent, as CSS custom
// properties, read by talkdeck.css.
const tokens = document.createElement('style')
tokens.dataset.talkdeck = 'theme'
tokens.textContent = themeCss(theme, deckColours())
document.head.prepend(tokens)
