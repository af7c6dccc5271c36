import type { Outline } from '../outline/schema.ts'
import { slideId } from '../outline/validate.ts'
import { splitBulletSlide } from './fit.ts'
import type { Deck, DeckSlide } from './model.ts'

const CONTINUED: Record<string, (title: string) => string> = {
  zh: title => `${title}（续）`,
  en: title => `${title} (cont.)`,
}

/**
 * Outline → Deck: the slides in order, with a divider opening every section that wants one,
 * and bullet lists too long for one slide continued on the next ("<id>--2", "<id>--3"…).
 */
export function planDeck(outline: Outline): Deck {
  const continued = CONTINUED[outline.deck.language.toLowerCase().startsWith('zh') ? 'zh' : 'en']!
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
      const id = slideId(section, slide, i)
      const parts = slide.kind === 'bullets' ? splitBulletSlide(slide, continued) : [slide]
      parts.forEach((part, p) => {
        slides.push({ id: p === 0 ? id : `${id}--${p + 1}`, sectionId: section.id, path: ['sections', s, 'slides', i], content: part })
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
