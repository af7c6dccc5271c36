import type { Deck } from '../deck/model.ts'
import type { RenderedDeck } from '../render/open.ts'

/** The deck as the one build made it, for formats drawn from the outline's model as well as the page. */
export interface BuiltDeck {
  /** The outline's model, planned: every slide with its kind's content. */
  deck: Deck
  /** slides.md as built, hand edits kept: what the page renders. */
  markdown: string
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
  write: (rendered: RenderedDeck, output: string, built: BuiltDeck, options?: WriteOptions) => Promise<void>
}

export interface WriteOptions {
  /** One page per click step instead of one per slide with every click revealed. */
  withClicks?: boolean
  /** Handout: slides a page (1 or 2). */
  perPage?: number
}
