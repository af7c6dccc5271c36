// A slide written or edited by hand as the page drew it, as the PPTX takes it (hand-page.ts reads
// it, hand-draw.ts draws it). Types only; boxes in canvas px from the slide's corner.
import type { Box } from './drawing.ts'

export interface HandRun {
  text: string
  bold: boolean
  italic: boolean
  mono: boolean
  /** Hex without "#", as pptxgenjs writes colours. */
  colour: string
  /** An inline formula's LaTeX (from KaTeX's annotation), set as linear text (math.ts). */
  math?: boolean
  /** Type size and line pitch, px. */
  px: number
  lineHeight: number
  /** A line break before this run (a `<br>`, or a new line of code). */
  newLine?: boolean
  /** The address of the link it is part of. */
  link?: string
}

export interface HandBlock {
  /** Canvas px from the slide's corner; a list item's box spans its list's width. */
  box: Box
  align: 'left' | 'center' | 'right'
  valign: 'top' | 'middle' | 'bottom'
  runs: HandRun[]
  /**
   * A list item: which of the slide's outermost lists it belongs to, its depth, and where its
   * text starts (px from that list's left edge; its bullet sits in between).
   */
  item?: { list: number; level: number; numbered?: { start: number }; offset: number }
  /** A table (its `runs` empty): its cells, row by row. */
  table?: HandCell[][]
}

/** A table's cell: its box (its padding included, as `margin` in px: top, right, bottom, left) and text. */
export interface HandCell {
  box: Box
  margin: [number, number, number, number]
  align: HandBlock['align']
  valign: HandBlock['valign']
  runs: HandRun[]
  /** Spans more than one column or row (the table is then drawn cell by cell). */
  spans: boolean
}

export interface HandSlide {
  blocks: HandBlock[]
  /** The slide's outermost lists, where the page drew them (their bullets included). */
  lists: Box[]
}
