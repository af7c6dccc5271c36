import path from 'node:path'
import { planDeck } from './deck/plan.ts'
import { emitSlides } from './emit/slides.ts'
import type { KindModule } from './kinds/types.ts'
import { joinSegments, type FreshSlide } from './merge/merge.ts'
import { parseOutlineBytes, type ParsedOutline } from './outline/parse.ts'

export interface Generated extends ParsedOutline {
  /** slides.md as the outline alone makes it. */
  markdown: string
  /** The same, slide by slide, with where each came from and whether the outline gives it notes. */
  slides: (FreshSlide & { notes: boolean })[]
  slideCount: number
}

/** Outline bytes → slides.md text. The whole pure pipeline: read, validate, plan, emit. */
export function generateMarkdown(bytes: Uint8Array, file: string, kinds?: readonly [KindModule, ...KindModule[]]): Generated {
  const parsed = parseOutlineBytes(bytes, file, { kinds })
  const deck = planDeck(parsed.outline, kinds)
  const emitted = emitSlides(deck, path.basename(file), kinds)
  const slides = deck.slides.map((slide, i) => ({
    id: slide.id,
    text: emitted[i]!.text,
    title: 'title' in slide.content ? slide.content.title : undefined,
    place: parsed.locate(slide.path),
    notes: 'notes' in slide.content && typeof slide.content.notes === 'string' && slide.content.notes.trim() !== '',
  }))
  return { ...parsed, markdown: joinSegments(slides.map(s => s.text)), slides, slideCount: slides.length }
}
