import { mermaidLabel } from './escape.ts'
import { bestLayout } from './layout.ts'
import { pipelineCode, type Pipeline } from './pipeline.ts'
import { revealPipeline, type Reveal } from './reveal.ts'

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
 * happened on the right); more become cards in a chain — date, event, detail — laid out in
 * rows, read left to right and top to bottom, as many to a row as draws them largest.
 */
export function timelineCode(events: TimelineEvent[], room?: { width: number; height: number }): string {
  return events.length <= VERTICAL_MAX ? verticalTimeline(events) : timelineCards(events, room)
}

function verticalTimeline(events: TimelineEvent[]): string {
  const lines = ['timeline TD']
  for (const event of events) {
    const text = [event.label, event.detail]
      .filter(Boolean)
      .map(s => mermaidLabel(s!))
      .join(' · ')
    lines.push(`  ${mermaidLabel(String(event.date))} : ${text}`)
  }
  return lines.join('\n')
}

/** The events as a chain of stages: each card the date, then the event and its detail on lines of their own. */
export function timelineChain(events: TimelineEvent[]): Omit<Pipeline, 'direction'> {
  const stages = events.map((e, i) => ({
    id: `e${i + 1}`,
    label: String(e.date),
    detail: [e.label, e.detail].filter(Boolean).join('\n'),
  }))
  return { stages, edges: stages.slice(1).map((s, i) => ({ from: stages[i]!.id, to: s.id, loop: false })) }
}

function timelineCards(events: TimelineEvent[], room?: { width: number; height: number }): string {
  return timelineReveal(events, room).code
}

/** The events as cards (whatever their number), and when each card shows when built up one event a click. */
export function timelineReveal(
  events: TimelineEvent[],
  room?: { width: number; height: number },
): { code: string; reveal: Reveal } {
  const chain = timelineChain(events)
  const { direction, ...layout } = bestLayout(chain, ['LR'], room)
  return { code: pipelineCode({ ...chain, direction }, layout), reveal: revealPipeline(chain, layout) }
}
