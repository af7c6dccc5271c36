import { mermaidLabel } from './escape.ts'
import { labelLines } from './pipeline.ts'
import { theme } from '../theme.ts'

export interface TimelineEvent {
  date: string | number
  label: string
  detail?: string
}

/** Up to this many events read best as Mermaid's vertical timeline, one event a row (measured: four two-line events come out at 16 px). */
export const VERTICAL_MAX = 3

/**
 * A timeline slide's events → Mermaid code that stays legible on a slide. Mermaid's
 * timeline draws fixed 150 px boxes side by side, so more than a few events end up with tiny
 * labels: up to three use its vertical timeline (`timeline TD`, date on the left, what
 * happened on the right); more are laid out in rows of cards, read left to right and top to
 * bottom, each card the date, the event and its detail.
 */
export function timelineCode(events: TimelineEvent[]): string {
  return events.length <= VERTICAL_MAX ? verticalTimeline(events) : timelineRows(events)
}

function verticalTimeline(events: TimelineEvent[]): string {
  const lines = ['timeline TD']
  for (const event of events) {
    const text = [event.label, event.detail].filter(Boolean).map(s => mermaidLabel(s!)).join(' · ')
    lines.push(`  ${mermaidLabel(String(event.date))} : ${text}`)
  }
  return lines.join('\n')
}

/** The widest line on a card, in px at the diagram's label size. */
const CARD_LINE = 11 * theme.diagram.fontSize

/** How many cards a row holds: rows as even as they can be, at most four cards wide. */
export function cardsPerRow(count: number): number {
  const rows = Math.max(2, Math.ceil(count / 4))
  return Math.ceil(count / rows)
}

function timelineRows(events: TimelineEvent[]): string {
  const perRow = cardsPerRow(events.length)
  const lines = ['flowchart TB']
  const rows: string[] = []
  for (let start = 0; start < events.length; start += perRow) {
    const row = `row${rows.length + 1}`
    rows.push(row)
    lines.push(`  subgraph ${row} [" "]`, '    direction LR')
    const ids = events.slice(start, start + perRow).map((event, i) => {
      const id = `e${start + i + 1}`
      const text = [String(event.date), event.label, event.detail].filter(Boolean).flatMap(s => labelLines(s!, CARD_LINE)).join('<br>')
      lines.push(`    ${id}["${text}"]`)
      return id
    })
    if (ids.length > 1) lines.push(`    ${ids.join(' --> ')}`)
    lines.push('  end')
  }
  for (let i = 1; i < rows.length; i++) lines.push(`  ${rows[i - 1]} --> ${rows[i]}`)
  // The rows only place the cards: no frame around them.
  for (const row of rows) lines.push(`  style ${row} fill:none,stroke:none`)
  return lines.join('\n')
}
