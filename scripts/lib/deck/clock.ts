// The talk's clock, planned from the outline: the whole talk lasts the sum of its sections'
// minutes; a section's minutes are spread over its slides, evenly unless a slide sets its own
// `minutes` (a slide split in several shares its minutes between them). Pure.
import { isDivider } from '../kinds/divider.ts'
import type { Deck, DeckSlide } from './model.ts'

/** Where a slide stands in the plan: what the presenter's clock shows beside Slidev's timer. */
export interface SlideClock {
  /** The section's title, as plain text. */
  section: string
  /** The section's planned minutes, if it has any. */
  budget?: number
  /** Planned minutes from the start of the talk when this slide begins. */
  at: number
  /** Planned minutes for this slide. */
  minutes: number
}

export interface DeckClock {
  /** Planned minutes of the whole talk: the sum of the sections' minutes (0 if none has any). */
  duration: number
  /** Slide id → its place in the plan. */
  slides: Map<string, SlideClock>
}

const round = (n: number) => Math.round(n * 100) / 100

export function deckClock(deck: Deck): DeckClock {
  const slides = new Map<string, SlideClock>()
  let start = 0
  for (const section of deck.schedule) {
    const members = deck.slides.filter(s => s.sectionId === section.id)
    const planned = plannedMinutes(members, section.minutes)
    let at = start
    for (const slide of members) {
      const minutes = planned.get(slide) ?? 0
      slides.set(slide.id, {
        section: section.title,
        ...(section.minutes ? { budget: section.minutes } : {}),
        at: round(at),
        minutes: round(minutes),
      })
      at += minutes
    }
    start += section.minutes ?? at - start
  }
  return { duration: round(deck.schedule.reduce((sum, s) => sum + (s.minutes ?? 0), 0)), slides }
}

/** Each slide's planned minutes in a section: its own (shared among its parts), or an even share of what is left. */
function plannedMinutes(members: DeckSlide[], budget: number | undefined): Map<DeckSlide, number> {
  const parts = new Map<string, number>()
  const key = (s: DeckSlide) => s.path.join('/')
  for (const s of members) parts.set(key(s), (parts.get(key(s)) ?? 0) + 1)
  const own = (s: DeckSlide) =>
    'minutes' in s.content && typeof s.content.minutes === 'number' && !isDivider(s.content)
      ? s.content.minutes / parts.get(key(s))!
      : undefined
  // A divider is a pause between sections: it takes no share of the section's time.
  const sharing = members.filter(s => !isDivider(s.content) && own(s) === undefined)
  const set = members.reduce((sum, s) => sum + (own(s) ?? 0), 0)
  const share = budget && sharing.length ? Math.max(0, budget - set) / sharing.length : 0
  return new Map(members.map(s => [s, own(s) ?? (sharing.includes(s) ? share : 0)]))
}
