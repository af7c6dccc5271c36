// Findings for people (one line per finding, then a summary) and for tools (JSON).
import { formatPlace } from '../errors.ts'
import type { Finding } from './findings.ts'

/** `slide 12 "GPT-2" (slides/chatgpt/outline.yaml:140:9): overflow: content runs 38 px past the bottom edge` */
export function formatFinding(f: Finding): string {
  const where = f.slide === 0 ? 'deck' : `slide ${f.slide}${f.title ? ` "${f.title}"` : ' (untitled)'}`
  const place = f.place ? ` (${formatPlace(f.place)})` : f.slide !== 0 && !f.id ? ' (added by hand)' : ''
  return `${where}${place}: ${f.kind}: ${f.message}`
}

export function formatHuman(findings: Finding[], slideCount: number): string {
  if (findings.length === 0) return `checked ${slideCount} slides: nothing to report`
  const slides = new Set(findings.filter(f => f.slide > 0).map(f => f.slide)).size
  const summary = `${findings.length} finding${findings.length === 1 ? '' : 's'} on ${slides} of ${slideCount} slides`
  return [...findings.map(formatFinding), summary].join('\n')
}

export function formatJson(findings: Finding[]): string {
  return JSON.stringify(findings, null, 2)
}
