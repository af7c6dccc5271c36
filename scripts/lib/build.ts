import { fingerprint, stamp } from './guard.ts'
import { planDeck } from './deck/plan.ts'
import { emitDeck } from './emit/deck.ts'
import { parseOutlineBytes, type ParsedOutline } from './outline/parse.ts'

export interface Built extends ParsedOutline {
  markdown: string
  outlinePrint: string
  slideCount: number
}

/** Outline bytes → slides.md text. The whole pure pipeline: parse, plan, emit. */
export function buildMarkdown(bytes: Uint8Array, file: string): Built {
  const parsed = parseOutlineBytes(bytes, file)
  const deck = planDeck(parsed.outline)
  const body = emitDeck(deck)
  const outlinePrint = fingerprint(bytes)
  const markdown = stamp(body, file.split('/').at(-1) ?? file, outlinePrint)
  return { ...parsed, markdown, outlinePrint, slideCount: deck.slides.length }
}
