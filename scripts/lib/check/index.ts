// `talkdeck check`: what is measured on a rendered deck, and the findings made of it.
import { deckFindings, findingsFor, type Finding, type OutlineEntry, type SlideMeasure } from './findings.ts'
import { listSizeProblem } from './page-shape.ts'

export { deckFindings, findingsFor, isWarning, overflowOf, DECK_FONTS, WARNING_KINDS } from './findings.ts'
export type { Box, DiagramState, Finding, FindingKind, OutlineEntry, SlideMeasure } from './findings.ts'
export { formatFinding, formatHuman, formatJson } from './format.ts'
export { formatFigures, textFigures, type SizeAt, type TextFigures } from './figures.ts'
export type { TextRun } from './legibility.ts'
export { listSizes, shapeProblems, topHeavy, wordsOf, SHAPE, type ShapeMeasure } from './page-shape.ts'
export { outlineEntries } from './entries.ts'

/** Every finding on a rendered deck, each slide placed at its outline entry. */
export function findingsOf(
  rendered: { measures: SlideMeasure[]; deckErrors: string[] },
  entries: ReadonlyMap<string, OutlineEntry>,
): Finding[] {
  const entryOf = (m: SlideMeasure) => (m.id === undefined ? undefined : entries.get(m.id))
  return [
    ...deckFindings(rendered.deckErrors),
    ...rendered.measures.flatMap(m => findingsFor(m, entryOf(m))),
    ...listSizeFindings(rendered.measures, entryOf),
  ]
}

/** Lists in more sizes than the type scale allows: a finding on each slide of the rarest sizes. */
function listSizeFindings(measures: SlideMeasure[], entryOf: (m: SlideMeasure) => OutlineEntry | undefined): Finding[] {
  const problem = listSizeProblem(measures.filter(m => entryOf(m)))
  if (!problem) return []
  return measures
    .filter(m => problem.slides.includes(m.no))
    .map(m => {
      const place = entryOf(m)?.place
      return {
        kind: problem.kind,
        slide: m.no,
        title: m.title,
        ...(m.id ? { id: m.id } : {}),
        ...(place ? { place } : {}),
        message: `${problem.message}; this slide's is ${m.shape!.listPx} px`,
        detail: { ...problem.detail, px: m.shape!.listPx! },
      }
    })
}
