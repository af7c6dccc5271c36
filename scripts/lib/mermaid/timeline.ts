import { mermaidLabel } from './escape.ts'

export interface TimelineEvent {
  date: string | number
  label: string
  detail?: string
}

/** A timeline slide's events → Mermaid `timeline` code, one period per event. */
export function timelineCode(events: TimelineEvent[]): string {
  const lines = ['timeline']
  for (const event of events) {
    const label = mermaidLabel(event.label)
    const text = event.detail ? `${label}<br>${mermaidLabel(event.detail)}` : label
    lines.push(`  ${mermaidLabel(String(event.date))} : ${text}`)
  }
  return lines.join('\n')
}
