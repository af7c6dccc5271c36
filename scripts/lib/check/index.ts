// `talkdeck check`: render every slide in headless Chromium and report what is wrong with it.
export { deckFindings, findingsFor, overflowOf, DECK_FONT } from './findings.ts'
export type { Box, DiagramState, Finding, FindingKind, OutlineEntry, SlideMeasure } from './findings.ts'
export { formatFinding, formatHuman, formatJson } from './format.ts'
export { outlineEntries, readOutlineEntries } from './places.ts'
export { renderDeck } from './run.ts'
export type { RenderedDeck, RenderOptions } from './run.ts'
