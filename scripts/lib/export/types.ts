import type { RenderedDeck } from '../render/open.ts'

/** The deck's source files, for formats built from the outline as well as the rendered page. */
export interface DeckFiles {
  outline: string
  slides: string
}

/** One output format of `export`: what it is called, and how it writes a rendered deck. */
export interface OutputFormat {
  /** The value of --format. */
  id: string
  /** The output's file name ending, without the dot. */
  extension: string
  /** Added to the deck's name in the default output's name ("-handout"). */
  suffix?: string
  /** The output is a folder of files (one per slide), named without the extension. */
  directory?: boolean
  /** Start any slow loading (libraries) while the deck renders. */
  prepare?: () => void
  /** The format can show each click step on a page of its own (`--with-clicks`). */
  clickSteps?: boolean
  /** Write the rendered, checked deck to `output`, atomically: the old output stays whole on failure. */
  write: (rendered: RenderedDeck, output: string, files: DeckFiles, options?: WriteOptions) => Promise<void>
}

export interface WriteOptions {
  /** One page per click step instead of one per slide with every click revealed. */
  withClicks?: boolean
  /** Handout: slides a page (1 or 2). */
  perPage?: number
}
