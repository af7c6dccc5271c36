import { defineMermaidSetup } from '@slidev/types'
import { theme } from '../scripts/lib/theme.ts'

// Diagram labels in the deck's own font, so they embed in the PDF like the rest of the text.
export default defineMermaidSetup(() => ({
  theme: 'default',
  fontFamily: theme.font.stack,
  themeVariables: { fontFamily: theme.font.stack },
  flowchart: { htmlLabels: false, useMaxWidth: false },
  timeline: { useMaxWidth: false },
}))
