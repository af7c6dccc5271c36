import { existsSync } from 'node:fs'
import path from 'node:path'
import { TalkdeckError } from './errors.ts'
import { OUTLINE_NAMES } from './readers/index.ts'

export const DEFAULT_DECK = 'chatgpt'

export interface DeckPaths {
  root: string
  name: string
  dir: string
  /** The deck's outline: outline.yaml or outline.md, whichever there is (outline.yaml if neither). */
  outline: string
  /** Every outline file in the deck's folder: more than one is an error when the deck is built. */
  outlines: string[]
  slides: string
  publicDir: string
  /** Where export writes the PDF unless told otherwise. */
  pdf: string
}

/**
 * A deck's name is one folder under slides/, spelled like a slide id (its PDF, kept server and
 * cached export are named by it too). A leading dot marks a scratch deck, as the tests make.
 */
const DECK_NAME = /^\.?[a-z0-9][a-z0-9-]*$/

export function checkDeckName(name: string): void {
  if (DECK_NAME.test(name)) return
  const suggestion = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  throw new TalkdeckError({
    code: 'E_DECK_NAME',
    message: `"${name}" is not a deck name: a deck is one folder under slides/`,
    hint: `name it with lowercase letters, digits and hyphens${suggestion ? `, e.g. "${suggestion}" (slides/${suggestion}/outline.yaml)` : ''}`,
  })
}

/** Where a deck's files live: slides/<deck>/outline.yaml (or outline.md) → slides/<deck>/slides.md. */
export function deckPaths(root: string, name: string = DEFAULT_DECK): DeckPaths {
  checkDeckName(name)
  const dir = path.join(root, 'slides', name)
  const outlines = OUTLINE_NAMES.map(n => path.join(dir, n)).filter(f => existsSync(f))
  return {
    root,
    name,
    dir,
    outline: outlines[0] ?? path.join(dir, 'outline.yaml'),
    outlines,
    slides: path.join(dir, 'slides.md'),
    publicDir: path.join(root, 'public'),
    pdf: path.join(root, 'dist', `${name}.pdf`),
  }
}
