// Findings for people (one line per finding, the deck's text sizes, then a summary) and for tools (JSON).
import { formatPlace } from '../errors.ts'
import { formatFigures, type TextFigures } from './figures.ts'
import type { Finding } from './findings.ts'

/** `slide 12 "GPT-2" (slides/chatgpt/outline.yaml:140:9): overflow: content runs 38 px past the bottom edge` */
export function formatFinding(f: Finding): string {
  const where = f.slide === 0 ? 'deck' : `slide ${f.slide}${f.title ? ` "${f.title}"` : ' (untitled)'}`
  const place = f.place ? ` (${formatPlace(f.place)})` : f.slide !== 0 && !f.id ? ' (added by hand)' : ''
  return `${where}${place}: ${f.kind}: ${f.message}`
}

/** One line per finding, then the text sizes (when given), then a summary line. */
export function formatHuman(findings: Finding[], slideCount: number, figures?: TextFigures): string {
  const sizes = figures ? [formatFigures(figures)] : []
  if (findings.length === 0) return [...sizes, `checked ${slideCount} slides: nothing to report`].join('\n')
  const slides = new Set(findings.filter(f => f.slide > 0).map(f => f.slide)).size
  const summary = `${findings.length} finding${findings.length === 1 ? '' : 's'} on ${slides} of ${slideCount} slides`
  return [...findings.map(formatFinding), ...sizes, summary].join('\n')
}

/** `{ "findings": [...], "figures": { "medianPx", "smallest", "smallestDiagramLabel", "smallestCode" } }` */
export function formatJson(report: { findings: Finding[]; figures: TextFigures }): string {
  return JSON.stringify({ findings: report.findings, figures: report.figures }, null, 2)
}
