import type { DividerSlide } from '../kinds/divider.ts'
import type { Outline, Slide } from '../outline/schema.ts'

export type { DividerSlide }

export interface DeckSlide {
  /** Stable identity, from the outline. */
  id: string
  sectionId: string
  /** Path of the outline entry this slide comes from, for error places. */
  path: (string | number)[]
  content: Slide | DividerSlide
}

export interface DeckSection {
  id: string
  title: string
  minutes?: number
}

export interface Deck {
  meta: Outline['deck']
  /** The sections that open with a divider, in order (the agenda lists them). */
  sections: DeckSection[]
  /** Every section in order, with its minutes (the presenter's clock plans with them). */
  schedule: DeckSection[]
  slides: DeckSlide[]
}
