// The drawing API a slide kind draws its PowerPoint slide with (a kind's `pptx`): boxes in
// canvas pixels, text in the theme's fonts and colours, and the page's own measurements of the
// slide. Types only: the exporter implements it (draw.ts); a kind never touches pptxgenjs.
import type { theme } from '../../theme.ts'

/** A box on a slide, in canvas pixels from its top left corner. */
export interface Box {
  x: number
  y: number
  width: number
  height: number
}

/** The texts whose place is taken from the page (page.ts finds them by selector). */
export type Part =
  | 'title'
  | 'subtitle'
  | 'part'
  | 'quote'
  | 'byline'
  | 'caption'
  | 'table'
  | 'list'
  | 'code'
  /** The block of lines under the cover's and the closing's title (kinds/byline.ts), each line, and the closing's QR code. */
  | 'lines'
  | 'speaker'
  | 'affiliation'
  | 'when'
  | 'contact'
  | 'url'
  | 'qr'

/** A slide as the page drew it (Slidev's print view, every click revealed). */
export interface SlideOnPage {
  /** The slide's box on the print view. */
  box: Box
  /** The body or table size the fitting chose (the layout's `body-NN` or `table-NN` class). */
  size?: number
  /** Where the slide draws its diagram, chart or image (inside FitBox), if it has one. */
  figure?: Box
  /** Where the page drew the slide's texts. */
  parts: Partial<Record<Part, Box>>
  /** The slide's title as the page shows it (its first `h1`), if it has one. */
  titleText?: string
  /** The widths of a table's columns as drawn, if the slide has a table. */
  columns?: number[]
  /** The lines of the slide's code block as tokens in the colours the page drew them. */
  code?: { text: string; rgb: string }[][]
  /** Every list item of the slide (`li`), in the page's order. */
  items?: Box[]
  /** Every displayed formula of the slide (KaTeX's `.katex-display`), in the page's order. */
  formulas?: Box[]
  /** The footer as the page drew it (slide-bottom.vue), on the slides that have one. */
  footer?: Footer
}

/** A text as the page drew it, and where. */
export interface Drawn {
  box: Box
  text: string
}

/** A slide's footer: its section, its number ("6 / 50") and the progress line. */
export interface Footer {
  section?: Drawn
  number?: Drawn
  progress?: Box
}

export type Colour = keyof typeof theme.color

export interface Run {
  text: string
  bold?: boolean
  italic?: boolean
  colour?: Colour
  /** Lowered or raised, as a formula's subscripts and superscripts. */
  baseline?: 'sub' | 'sup'
  /** The text is a formula (LaTeX), set as PowerPoint text (export/pptx/math.ts). */
  math?: boolean
  /** A colour the page drew it in ("RRGGBB", a code token's), over `colour`. */
  rgb?: string
  /** Set in the monospace face (inline code), whatever the style says. */
  mono?: boolean
}

export interface TextStyle {
  px: number
  bold?: boolean
  italic?: boolean
  colour?: Colour
  align?: 'left' | 'center' | 'right'
  valign?: 'top' | 'middle' | 'bottom'
  lineHeight?: number
  /** Letter spacing, in em (the page's titles are set -0.01em tight). */
  tracking?: number
  /** Set in the layout's title placeholder: the slide's title, for PowerPoint and screen readers. */
  title?: boolean
  /** Set in the monospace face (a code or prompt block); lines break where the text has \n. */
  mono?: boolean
  /**
   * The click of a slide show on which it appears (1 for the first click), as the page reveals
   * it; unset or 0, it is there from the start.
   */
  click?: number
}

export interface Point {
  runs: Run[]
  /** A displayed formula (LaTeX) standing as the point, instead of runs. */
  formula?: string
  /** 0 for a point, 1 for a sub-point. */
  level: number
}

export interface TableStyle {
  px: number
  /** Columns whose cells are numbers, set flush right. */
  right: boolean[]
  /** The columns' widths (canvas px), as the page drew them. */
  widths?: number[]
}

/** Where to draw: a box, or a part of the slide, where the page drew it (not drawn if the page did not). */
export type At = Box | Part

/** One PowerPoint slide to draw on. */
export interface Drawing {
  /** The slide as the page drew it. */
  readonly drawn: SlideOnPage
  /** One paragraph of text (of one or more runs) in a box. */
  text(at: At, runs: string | Run[], style: TextStyle): void
  /**
   * A code block's text in the monospace face, one paragraph a line, in the colours the page's
   * highlighter gave its tokens.
   */
  code(at: At, text: string, style: TextStyle): void
  /**
   * A list in one text box: real PowerPoint bullets (or numbers), with their levels. With
   * `reveal`, each point appears with its sub-points on a click of its own, the first on the first
   * click (as Slidev's `<v-clicks>` shows them).
   */
  list(at: At, points: Point[], style: TextStyle & { numbered?: { start: number }; reveal?: boolean }): void
  /** A table: a tinted, bold header row with an accent rule under it, quiet rules between rows. */
  table(at: At, rows: string[][], style: TableStyle): void
  /** A filled rectangle (the accent rule under a title); `click` as a text's (TextStyle). */
  rule(box: Box, colour: Colour, click?: number): void
  /** A picture (PNG bytes) where the page drew a part, with its alt text. */
  image(at: At, png: Buffer, altText: string): void
  /** The picture of what the slide's FitBox drew (diagram, chart, image), where the page drew it. */
  figure(altText: string): void
  /**
   * Horizontal bars as a native PowerPoint chart (its data editable in PowerPoint), where the
   * page drew the slide's figure, first bar on top.
   */
  bars(
    bars: { label: string; value: number }[],
    style: { px: number; log: boolean; unit?: string; altText: string },
  ): void
  /**
   * A box of a diagram as a native shape with its text (`id` names it for `connect`): a speaker
   * can move it, restyle it, retype it.
   */
  node(id: string, box: Box, runs: Run[], style: TextStyle): void
  /**
   * An arrow from one node to another as a connector glued to their sides, so it follows a box
   * that is moved; a label on an opaque backing at its middle; dashed for a feedback edge.
   */
  connect(from: string, to: string, options: Connection): void
}

/** Sides of a node a connector is glued to. */
export type Side = 'top' | 'left' | 'bottom' | 'right'

export interface Connection {
  from: Side
  to: Side
  label?: string
  dashed?: boolean
  /** The size of an edge label, canvas px. */
  px: number
  /** The click on which the arrow and its label appear, as a text's (TextStyle). */
  click?: number
}

/**
 * How a kind's slides are laid out in PowerPoint: the slide layout it uses (its title in that
 * layout's title placeholder) and the layout's background colour.
 */
export interface PptxLayout {
  name: string
  background?: Colour
  /**
   * Where the title placeholder is: the part of the page that is the slide's title (a quote
   * slide's quote, as PowerPoint's own quote layouts have it), less an inset on its left, and how
   * its text sits in it; the page's `title`, at the top, unless said.
   */
  title?: { part: Part; inset?: number; valign?: 'top' | 'middle' }
}
