// The one slide kind the outline never spells out: the planner opens a section with it.
import { heading } from './parts.ts'
import type { EmitContext, SlideBody } from './types.ts'

export interface DividerSlide {
  kind: 'divider'
  title: string
  minutes?: number
  number: number
}

export function renderDivider(slide: DividerSlide, { words }: EmitContext): SlideBody {
  return {
    frontmatter: { layout: 'section' },
    body: [
      `<div class="part">${words.part(slide.number)}</div>`,
      heading(slide.title),
      slide.minutes ? `<div class="minutes">${words.minutes(slide.minutes)}</div>` : '',
    ]
      .filter(Boolean)
      .join('\n\n'),
  }
}
