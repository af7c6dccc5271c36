// Deck-level figures on text size, for people to see how far a deck is from legible and for tools
// (check --json). Pure: from the text runs the probe measured on every slide.
import type { TextRun } from './legibility.ts'

/** A size and where it is: the slide and the start of its text. */
export interface SizeAt {
  px: number
  slide: number
  text: string
}

export interface TextFigures {
  /** The median size of all visible text, weighted by characters, in canvas px (null: no text). */
  medianPx: number | null
  smallest: SizeAt | null
  /** The smallest label inside a Mermaid diagram (null: no diagram). */
  smallestDiagramLabel: SizeAt | null
  /** The smallest text in a code or prompt block (null: no code). */
  smallestCode: SizeAt | null
}

export function textFigures(slides: readonly { no: number; texts: readonly TextRun[] }[]): TextFigures {
  const runs = slides.flatMap(s => s.texts.map(run => ({ run, slide: s.no })))
  const smallestOf = (list: typeof runs): SizeAt | null => {
    const least = list.reduce<(typeof runs)[number] | null>((min, x) => (!min || x.run.px < min.run.px ? x : min), null)
    return least && { px: round(least.run.px), slide: least.slide, text: least.run.text }
  }
  return {
    medianPx: weightedMedian(runs.map(({ run }) => ({ value: run.px, weight: run.chars }))),
    smallest: smallestOf(runs),
    smallestDiagramLabel: smallestOf(runs.filter(({ run }) => run.diagram)),
    smallestCode: smallestOf(runs.filter(({ run }) => run.code && !run.diagram)),
  }
}

/** The value at which half the weight lies below; null when there is no weight. */
export function weightedMedian(items: readonly { value: number; weight: number }[]): number | null {
  const sorted = items.filter(i => i.weight > 0).sort((a, b) => a.value - b.value)
  const total = sorted.reduce((sum, i) => sum + i.weight, 0)
  let seen = 0
  for (const item of sorted) {
    seen += item.weight
    if (seen >= total / 2) return round(item.value)
  }
  return null
}

/** `text sizes: median 24 px; smallest 8.7 px on slide 4 ("2018-06"); smallest diagram label …` */
export function formatFigures(f: TextFigures): string {
  if (f.medianPx === null) return 'text sizes: no text'
  const at = (s: SizeAt) => `${s.px} px on slide ${s.slide} ("${s.text}")`
  const parts = [
    `median ${f.medianPx} px`,
    ...(f.smallest ? [`smallest ${at(f.smallest)}`] : []),
    ...(f.smallestDiagramLabel ? [`smallest diagram label ${at(f.smallestDiagramLabel)}`] : []),
    ...(f.smallestCode ? [`smallest code ${at(f.smallestCode)}`] : []),
  ]
  return `text sizes: ${parts.join('; ')}`
}

const round = (v: number) => Math.round(v * 10) / 10
