// `talkdeck check`: what is measured on a rendered deck, and the findings made of it.
import { deckFindings, findingsFor, type Finding, type OutlineEntry, type SlideMeasure } from './findings.ts'

export { deckFindings, findingsFor, isWarning, overflowOf, DECK_FONTS, WARNING_KINDS } from './findings.ts'
export type { Box, DiagramState, Finding, FindingKind, OutlineEntry, SlideMeasure } from './findings.ts'
export { formatFinding, formatHuman, formatJson } from './format.ts'
export { formatFigures, textFigures, type SizeAt, type TextFigures } from './figures.ts'
export type { TextRun } from './legibility.ts'
export { outlineEntries } from './entries.ts'

/** Every finding on a rendered deck, each slide placed at its outline entry. */
export function findingsOf(
  rendered: { measures: SlideMeasure[]; deckErrors: string[] },
  entries: ReadonlyMap<string, OutlineEntry>,
): Finding[] {
  return [
    ...deckFindings(rendered.deckErrors),
    ...rendered.measures.flatMap(m => findingsFor(m, m.id === undefined ? undefined : entries.get(m.id))),
  ]
}
