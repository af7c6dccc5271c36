// Fonts ship with the project (npm), so slides and PDFs look the same on every machine,
// including ones without any CJK font installed.
import '@fontsource/noto-sans/400.css'
import '@fontsource/noto-sans/700.css'
import '@fontsource/noto-sans-sc/400.css'
import '@fontsource/noto-sans-sc/700.css'
import '@fontsource/noto-sans-mono/400.css'
import { themeCss } from '../scripts/lib/theme.ts'
import './talkdeck.css'
import './talkdeck-slides.css'
import './talkdeck-code.css'
import './talkdeck-chrome.css'

// The design tokens (scripts/lib/theme.ts) as CSS custom properties, read by talkdeck.css: the
// light theme's colours, the dark theme's under html.dark, the deck's accent over either.
const tokens = document.createElement('style')
tokens.dataset.talkdeck = 'theme'
tokens.textContent = themeCss()
document.head.prepend(tokens)
