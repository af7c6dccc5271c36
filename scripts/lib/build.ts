import path from 'node:path'
import { planDeck } from './deck/plan.ts'
import { emitSlides } from './emit/deck.ts'
import { joinSegments, type FreshSlide } from './merge/merge.ts'
import { parseOutlineBytes, type ParsedOutline } from './outline/parse.ts'

export interface Built extends ParsedOutline {
  /** slides.md as the outline alone makes it. */
  markdown: string
  /** The same, slide by slide, with where each came from. */
  slides: FreshSlide[]
  slideCount: number
}

/** Outline bytes → slides.md text. The whole pure pipeline: parse, plan, emit. */
export function buildMarkdown(bytes: Uint8Array, file: string): Built {
  const parsed = parseOutlineBytes(bytes, file)
  const deck = planDeck(parsed.outline)
  const emitted = emitSlides(deck, path.basename(file))
  const slides = deck.slides.map((slide, i) => ({
    id: slide.id,
    text: emitted[i]!.text,
    title: 'title' in slide.content ? slide.content.title : undefined,
    place: parsed.locate(slide.path),
  }))
  return { ...parsed, markdown: joinSegments(slides.map(s => s.text)), slides, slideCount: slides.length }
}
