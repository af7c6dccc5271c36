import { readFileSync } from 'node:fs'
import path from 'node:path'
import { chromium, type Browser } from 'playwright-chromium'
import { planDeck } from '../../scripts/lib/deck/plan.ts'
import type { DeckSlide } from '../../scripts/lib/deck/model.ts'
import { parseOutlineBytes } from '../../scripts/lib/outline/parse.ts'
import { deckPaths } from '../../scripts/lib/project.ts'
import { CHROMIUM_ARGS, findChromium, playwrightChromium } from '../../scripts/lib/slidev/chromium.ts'
import { serveDeck, type DevServer } from '../../scripts/lib/slidev/serve.ts'

export const root = path.resolve(import.meta.dirname, '..', '..')

/** The shipped talk's slides, in order, as the generator plans them (slide n is index n-1). */
export function plannedSlides(deck = 'chatgpt'): DeckSlide[] {
  const file = deckPaths(root, deck).outline
  return planDeck(parseOutlineBytes(readFileSync(file), file).outline).slides
}

export { answers, freePort, type DevServer } from '../../scripts/lib/slidev/serve.ts'

/** Slidev's dev server on a deck of this project, ready when it answers. */
export function startDev(slides: string): Promise<DevServer> {
  return serveDeck(slides, root)
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium({ env: process.env, playwright: await playwrightChromium() })
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS })
}
