// What `talkdeck check` works with: a slide's measurements (the probe fills them in the page),
// what the outline says of a slide, and the findings made of them. Types only, and the kinds
// that `export` prints as warnings.
import type { Place } from '../errors.ts'
import type { AxisState } from './axis-findings.ts'
import type { CrossingKind, DiagramShapes } from './crossings.ts'
import type { LegibilityKind, TextRun } from './legibility.ts'
import type { ShapeKind, ShapeMeasure } from './page-shape.ts'

export type FindingKind =
  | 'overflow'
  | 'mermaid'
  | 'font'
  | 'image'
  | 'error'
  | 'unfinished'
  | 'empty'
  | 'notes'
  | 'axis'
  | 'broken-word'
  | LegibilityKind
  | CrossingKind
  | ShapeKind

/** Kinds that `export` prints as warnings and writes the output anyway: the text can be read, if not well. */
export const WARNING_KINDS: readonly FindingKind[] = [
  'small-text',
  'contrast',
  'clipped',
  'overlap',
  'broken-word',
  'crossed-label',
  'stranger-box',
  'title-ratio',
  'body-sizes',
  'top-heavy',
  'widow',
] satisfies FindingKind[]

export const isWarning = (f: Finding): boolean => WARNING_KINDS.includes(f.kind)

export interface Finding {
  kind: FindingKind
  /** Slide number as Slidev counts it (1-based); 0 for the deck as a whole. */
  slide: number
  title: string
  /** The outline id (the slide's routeAlias); absent for slides added by hand. */
  id?: string
  /** The outline entry the slide comes from. */
  place?: Place
  message: string
  detail: Record<string, number>
}

/** A visible box in slide pixels, relative to the canvas's top-left corner. */
export interface Box {
  left: number
  top: number
  right: number
  bottom: number
  /** A short description for people: tag and the start of its text. */
  what: string
}

export interface DiagramState {
  /** The message Slidev shows in place of a diagram Mermaid could not draw. */
  error?: string
  svg: boolean
  width: number
  height: number
  text: number
  /** Its boxes, edges and edge labels as drawn (crossings.ts). */
  shapes?: DiagramShapes
}

export interface SlideMeasure {
  no: number
  title: string
  /** The slide's routeAlias. */
  id?: string
  hasNotes: boolean
  /** Whether the slide's layout appeared at all (a slide that fails to compile never does). */
  rendered: boolean
  canvas: { width: number; height: number }
  boxes: Box[]
  diagrams: DiagramState[]
  /** Elements with text whose computed font-family does not start with the deck's font. */
  wrongFonts: { family: string; what: string }[]
  /** How many @font-face rules the page has for the deck's font. */
  fontFaces: number
  /** Characters no face of the deck's font covers. */
  missingGlyphs: string[]
  /** Characters whose faces of the deck's font exist but did not load. */
  unloadedGlyphs: string[]
  images: { src: string; broken: boolean }[]
  /** Every time axis (components/TimeAxis.vue) on the slide, as drawn. */
  axes?: AxisState[]
  /** Every visible run of text, HTML and SVG, as drawn (see legibility.ts). */
  texts: TextRun[]
  /** The slide's shape: title against body, where its content sits, last lines (page-shape.ts). */
  shape?: ShapeMeasure
  /** Visible characters of text, and visible images, SVGs and canvases. */
  text: number
  graphics: number
  errors: string[]
  /** Why the slide could not be compiled (Vite's message), when it could not. */
  loadError?: string
  /** Set when the slide was still drawing when the time to settle (this many ms) ran out. */
  unfinishedAfterMs?: number
}

/** What the outline says about a slide id. */
export interface OutlineEntry {
  place: Place
  notes: boolean
  /** Its kind draws it on a time axis (a timeline). */
  axis?: boolean
}
