// What a slide kind is made of. Each kind is one file in this folder that default-exports
// `defineKind({...})`; kinds/index.ts lists them, and the outline schema, the JSON Schema, the
// planner and the emitter are all derived from that list.
import type { z } from 'zod'
import type { Place, Problem } from '../errors.ts'
import type { Drawing, PptxLayout } from '../export/pptx/drawing.ts'
import type { SlidePage } from '../emit/markdown.ts'
import type { Words } from '../emit/words.ts'
import type { DeckMeta } from '../outline/fields.ts'
import type { Path } from '../outline/places.ts'

/** What a renderer may know of the deck beyond its own slide. */
export interface EmitContext {
  meta: DeckMeta
  /** The sections that open with a divider, in order (the agenda lists them). */
  sections: { id: string; title: string; minutes?: number }[]
  words: Words
}

export interface PlanContext {
  words: Words
}

/** A slide's Markdown without its notes (the emitter adds those for every kind alike). */
export type SlideBody = Omit<SlidePage, 'notes'>

/** A file a slide refers to, and the field that names it (for the error's place). */
export interface Asset {
  field: string
  src: string
}

/** Any z.strictObject with a literal `kind`, as outline/fields.ts `slideSchema` makes. */
export type SlideSchema = z.ZodObject<{ kind: z.ZodLiteral<string> } & z.ZodRawShape>

/** The Markdown form a kind is written in (outline.md), read back from what the slide holds. */
export type MarkdownForm =
  /** `- point` lists: the field `bullets`. */
  | 'list'
  /** A pipe table (`columns`, `rows`) and its `Table: …` line (`caption`). */
  | 'table'
  /** A `>` paragraph: the field `quote`. */
  | 'quote'
  /** An image alone in a paragraph: `src`, `alt` and its title as `caption`. */
  | 'image'
  /** `:::: columns` with two `::: column` blocks: `left` and `right`. */
  | 'columns'
  /** A fenced block named after the kind, holding its fields as YAML. */
  | 'fence'
  /** A fenced block in a language that is no kind (```text, ```python…): the field `code`, with lists before and after it as `bullets` and `after`. */
  | 'code'

/** How the outline writers (YAML and Markdown) write the kind. */
export interface KindWriting {
  /** The slide's keys in writing order, after `kind` and `id` (others follow; `notes` last). */
  order: string[]
  /** The key order of the maps in a field, by the field's name (`events: ['date', 'label']`). */
  nested?: Record<string, string[]>
  /** Lists written in YAML's flow style, `[a, b]`: a field, or `<field>.*` for each of its entries. */
  flow?: string[]
  /** Its Markdown form; without one, a `{.<kind>}` class on the heading and a ```yaml block. */
  markdown?: MarkdownForm
}

export interface KindModule<S extends SlideSchema = SlideSchema> {
  schema: S
  /** The slide's Markdown: frontmatter and body. */
  render(slide: z.output<S>, ctx: EmitContext): SlideBody
  /** Fitting: the slide as one or more slides (continuations follow the first). */
  split?(slide: z.output<S>, ctx: PlanContext): z.output<S>[]
  /** Files under public/ the slide shows. */
  assets?(slide: z.output<S>): Asset[]
  /**
   * What the slide's figure (diagram, chart, picture) shows, in words of the deck's language,
   * from the outline's data: its `aria-label` in the browser, its alt text in the PDF and PPTX.
   */
  alt?(slide: z.output<S>, words: Words): string
  /**
   * A diagram's labels that its PDF page carries as text: the bench checks every PDF it times for
   * them, and for the diagram's colour. [] for a diagram Chromium prints as pixels only.
   */
  printedLabels?(slide: z.output<S>): string[]
  /** Its figure is a time axis (components/TimeAxis.vue): `check` reports a slide of it drawn without one. */
  axis?: boolean
  /** Rules the schema cannot express; `at` places a path inside this slide. */
  check?(slide: z.output<S>, at: (path: Path) => Place): Problem[]
  /** How the outline writers write it; without this, keys in the order they come. */
  write?: KindWriting
  /**
   * Its PowerPoint slide, drawn with the exporter's drawing API; without it the PPTX shows a
   * picture of the rendered slide.
   */
  pptx?(draw: Drawing, slide: z.output<S>, ctx: EmitContext): void
  /** The PowerPoint slide layout its slides use (its title goes in the layout's title placeholder); "Title and Content" if absent. */
  pptxLayout?: PptxLayout
}

/** A kind module, typed by its schema: leaving out `render` is a type error. */
export function defineKind<S extends SlideSchema>(kind: KindModule<S>): KindModule<S> {
  return kind
}

/** The kind's name, from its schema's `kind` literal. */
export function kindName(kind: KindModule): string {
  return kind.schema.shape.kind.value
}

/** Name → kind module, for the planner and the emitter. */
export function byName(list: readonly KindModule[]): Map<string, KindModule> {
  return new Map(list.map(k => [kindName(k), k]))
}
