// The one slide kind the outline never spells out: the planner opens a section with it.
import { heading } from './parts.ts'
import type { EmitContext, SlideBody } from './types.ts'

export interface DividerSlide {
  kind: 'divider'
  title: string
  minutes?: number
  number: number
  /** The section's minutes, for the speaker's eyes only. */
  notes?: string
}

export function renderDivider(slide: DividerSlide, { words }: EmitContext): SlideBody {
  return {
    frontmatter: { layout: 'section' },
    body: [`<div class="part">${words.part(slide.number)}</div>`, heading(slide.title)].filter(Boolean).join('\n\n'),
  }
}
