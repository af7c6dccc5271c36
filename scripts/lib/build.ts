import path from 'node:path'
import type { DeckSlide } from './deck/model.ts'
import { planDeck } from './deck/plan.ts'
import { emitSlides, headmatterKeys } from './emit/deck.ts'
import { joinSegments, type FreshSlide } from './merge/merge.ts'
import { parseOutlineBytes, type ParsedOutline } from './outline/parse.ts'

export interface Built extends ParsedOutline {
  /** slides.md as the outline alone makes it. */
  markdown: string
  /** The same, slide by slide, with where each came from. */
  slides: FreshSlide[]
  slideCount: number
  /** Outline slides left out (`omit`). */
  omitted: Omit<FreshSlide, 'text'>[]
  /** The keys of the headmatter, in the first slide's frontmatter. */
  headKeys: string[]
}

/**
 * Outline bytes → slides.md text. The whole pure pipeline: parse, plan, emit. Slides whose ids are
 * in `omit` (deleted by hand) are left out, and the deck's headmatter goes on the first one left.
 */
export function buildMarkdown(bytes: Uint8Array, file: string, omit: ReadonlySet<string> = new Set()): Built {
  const parsed = parseOutlineBytes(bytes, file)
  const planned = planDeck(parsed.outline)
  const deck = { ...planned, slides: planned.slides.filter(s => !omit.has(s.id)) }
  const emitted = emitSlides(deck, path.basename(file))
  const about = (slide: DeckSlide) => ({
    id: slide.id,
    title: 'title' in slide.content ? slide.content.title : undefined,
    place: parsed.locate(slide.path),
  })
  const slides = deck.slides.map((slide, i) => ({ ...about(slide), text: emitted[i]!.text }))
  const omitted = planned.slides.filter(s => omit.has(s.id)).map(about)
  return { ...parsed, markdown: joinSegments(slides.map(s => s.text)), slides, slideCount: slides.length, omitted, headKeys: headmatterKeys(deck) }
}
