import { wordsFor } from '../emit/words.ts'
import { dividerSlide } from '../kinds/divider.ts'
import { kinds as shipped } from '../kinds/index.ts'
import { byName, type KindModule } from '../kinds/types.ts'
import { slideId } from '../outline/ids.ts'
import type { Outline, Slide } from '../outline/schema.ts'
import type { Deck, DeckSlide } from './model.ts'

/**
 * Outline → Deck: the slides in order, with a divider opening every section that wants one,
 * and each slide split as its kind fits it (a continuation is "<id>--2", "<id>--3"…).
 */
export function planDeck(outline: Outline, kinds: readonly KindModule[] = shipped): Deck {
  const ctx = { words: wordsFor(outline.deck.language) }
  const modules = byName(kinds)
  const slides: DeckSlide[] = []
  let number = 0
  outline.sections.forEach((section, s) => {
    if (section.divider) {
      number += 1
      slides.push({
        id: `${section.id}-divider`,
        sectionId: section.id,
        path: ['sections', s],
        content: dividerSlide(section, number, ctx.words),
      })
    }
    section.slides.forEach((slide, i) => {
      const id = slideId(section, slide, i)
      const parts = (modules.get(slide.kind)?.split?.(slide, ctx) ?? [slide]) as Slide[]
      parts.forEach((part, p) => {
        slides.push({
          id: p === 0 ? id : `${id}--${p + 1}`,
          sectionId: section.id,
          path: ['sections', s, 'slides', i],
          content: part,
        })
      })
    })
  })
  return {
    meta: outline.deck,
    sections: outline.sections.filter(s => s.divider).map(({ id, title, minutes }) => ({ id, title, minutes })),
    schedule: outline.sections.map(({ id, title, minutes }) => ({ id, title, minutes })),
    slides,
  }
}
