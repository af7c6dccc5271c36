import { defineMermaidSetup } from '@slidev/types'
import { mermaidTheme, theme } from '../scripts/lib/theme.ts'
import { deckColours } from './deck-colours.ts'

// Diagrams in the deck's fonts, type size and colours (its theme and accent) (scripts/lib/theme.ts), so their labels
// read from the back of the room and embed in the PDF like the rest of the text.
export default defineMermaidSetup(() => mermaidTheme(theme, deckColours()))
