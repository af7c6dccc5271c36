// Fonts ship with the project (npm), so slides and PDFs look the same on every machine,
// including ones without any CJK font installed.
import '@fontsource/noto-sans-sc/400.css'
import '@fontsource/noto-sans-sc/700.css'
import './talkdeck.css'
