import type { Outline } from '../outline/schema.ts'
import { slideId } from '../outline/validate.ts'
import type { Deck, DeckSlide } from './model.ts'

/** Outline → Deck: the slides in order, with a divider opening every section that wants one. */
export function planDeck(outline: Outline): Deck {
  const slides: DeckSlide[] = []
  let number = 0
  outline.sections.forEach((section, s) => {
    if (section.divider) {
      number += 1
      slides.push({
        id: `${section.id}-divider`,
        sectionId: section.id,
        path: ['sections', s],
        content: { kind: 'divider', title: section.title, minutes: section.minutes, number },
      })
    }
    section.slides.forEach((slide, i) => {
      slides.push({
        id: slideId(section, slide, i),
        sectionId: section.id,
        path: ['sections', s, 'slides', i],
        content: slide,
      })
    })
  })
  return {
    meta: outline.deck,
    sections: outline.sections
      .filter(s => s.divider)
      .map(({ id, title, minutes }) => ({ id, title, minutes })),
    slides,
  }
}
