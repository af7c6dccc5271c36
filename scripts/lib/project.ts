import path from 'node:path'

export const DEFAULT_DECK = 'chatgpt'

export interface DeckPaths {
  root: string
  name: string
  dir: string
  outline: string
  slides: string
  publicDir: string
  /** Where export writes the PDF unless told otherwise. */
  pdf: string
}

/** Where a deck's files live: slides/<deck>/outline.yaml → slides/<deck>/slides.md. */
export function deckPaths(root: string, name: string = DEFAULT_DECK): DeckPaths {
  const dir = path.join(root, 'slides', name)
  return {
    root,
    name,
    dir,
    outline: path.join(dir, 'outline.yaml'),
    slides: path.join(dir, 'slides.md'),
    publicDir: path.join(root, 'public'),
    pdf: path.join(root, 'dist', `${name}.pdf`),
  }
}
