import type { Deck } from '../deck/model.ts'
import { renderSlide } from './kinds.ts'
import { joinPages, type SlidePage } from './markdown.ts'
import { mdBlock } from './escape.ts'
import { wordsFor } from './words.ts'

/** How the deck reaches the project's components/, public/, setup/ and styles/: as a Slidev addon. */
export const PROJECT_ADDON = '@/../..'

/** Deck → the text of slides.md. Pure and deterministic: same deck, same bytes. */
export function emitDeck(deck: Deck): string {
  const ctx = { deck, words: wordsFor(deck.meta.language) }
  const pages: SlidePage[] = deck.slides.map(slide => {
    const { frontmatter, body } = renderSlide(slide.content, ctx)
    const notes = 'notes' in slide.content && slide.content.notes ? mdBlock(slide.content.notes) : undefined
    return { frontmatter: { ...frontmatter, routeAlias: slide.id }, body, notes }
  })
  const first = pages[0]
  if (first) first.frontmatter = { ...headmatter(deck), ...first.frontmatter }
  return joinPages(pages)
}

function headmatter({ meta }: Deck): Record<string, unknown> {
  return {
    theme: meta.theme,
    title: meta.title,
    ...(meta.speaker ? { author: meta.speaker } : {}),
    ...(meta.subtitle ? { info: meta.subtitle } : {}),
    htmlAttrs: { lang: meta.language },
    addons: [PROJECT_ADDON],
    favicon: '/favicon.svg',
    fonts: { sans: 'Noto Sans SC', serif: 'Noto Sans SC', mono: 'Noto Sans SC', provider: 'none' },
    colorSchema: 'light',
    aspectRatio: '16/9',
    canvasWidth: 980,
    transition: 'slide-left',
    mdc: false,
    drawings: { persist: false },
  }
}
