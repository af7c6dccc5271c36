import { defineMermaidSetup } from '@slidev/types'

// Diagram labels in the deck's own font, so they embed in the PDF like the rest of the text.
export default defineMermaidSetup(() => ({
  theme: 'default',
  fontFamily: '"Noto Sans SC", sans-serif',
  themeVariables: { fontFamily: '"Noto Sans SC", sans-serif' },
  flowchart: { htmlLabels: false, useMaxWidth: false },
  timeline: { useMaxWidth: false },
}))
