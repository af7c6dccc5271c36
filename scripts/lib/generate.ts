import path from 'node:path'
import { planDeck } from './deck/plan.ts'
import type { Deck, DeckSlide } from './deck/model.ts'
import { headmatter } from './emit/headmatter.ts'
import { emitSlides } from './emit/slides.ts'
import { kinds as shipped } from './kinds/index.ts'
import { byName, type KindModule } from './kinds/types.ts'
import { joinSegments, type FreshSlide } from './merge/merge.ts'
import type { Load } from './cite/resolve.ts'
import { parseOutlineBytes, type ParsedOutline } from './outline/parse.ts'

export interface Generated extends ParsedOutline {
  /** slides.md as the outline alone makes it. */
  markdown: string
  /** The same, slide by slide, with where each came from and whether the outline gives it notes. */
  slides: (FreshSlide & { notes: boolean; axis: boolean })[]
  slideCount: number
  /** Outline slides left out (`omit`). */
  omitted: Omit<FreshSlide, 'text'>[]
  /** The keys of the headmatter, in the first slide's frontmatter. */
  headKeys: string[]
  /** The planned deck, every slide (omitted ones too): what the exporters draw from. */
  deck: Deck
}

export interface GenerateOptions {
  /** Ids of planned slides to leave out (deleted by hand); the headmatter goes on the first one left. */
  omit?: ReadonlySet<string>
  /** The slide kinds the outline may use (default: every kind talkdeck ships). */
  kinds?: readonly [KindModule, ...KindModule[]]
  /** Files beside the outline, by the name it gives them (its bibliography); none by default. */
  load?: Load
}

/** Outline bytes → slides.md text. The whole pure pipeline: read, validate, plan, emit. */
export function generateMarkdown(
  bytes: Uint8Array,
  file: string,
  { omit = new Set(), kinds, load = () => undefined }: GenerateOptions = {},
): Generated {
  const parsed = parseOutlineBytes(bytes, file, { kinds, load })
  const planned = planDeck(parsed.outline, kinds)
  const deck = { ...planned, slides: planned.slides.filter(s => !omit.has(s.id)) }
  const emitted = emitSlides(deck, path.basename(file), kinds)
  const modules = byName(kinds ?? shipped)
  const about = (slide: DeckSlide) => ({
    id: slide.id,
    title: 'title' in slide.content ? slide.content.title : undefined,
    place: parsed.locate(slide.path),
  })
  const slides = deck.slides.map((slide, i) => ({
    ...about(slide),
    text: emitted[i]!.text,
    notes: 'notes' in slide.content && typeof slide.content.notes === 'string' && slide.content.notes.trim() !== '',
    axis: modules.get(slide.content.kind)?.axis === true,
  }))
  const omitted = planned.slides.filter(s => omit.has(s.id)).map(about)
  return {
    ...parsed,
    markdown: joinSegments(slides.map(s => s.text)),
    slides,
    slideCount: slides.length,
    omitted,
    headKeys: Object.keys(headmatter(deck.meta)),
    deck: planned,
  }
}
