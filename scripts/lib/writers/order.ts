// The order a writer puts an outline's keys in: the order the shipped talk is written in, so a
// talk converted to Markdown and back reads as it was. Keys not listed follow in their own order.
import type { Path } from '../outline/places.ts'

const SLIDE: Record<string, string[]> = {
  cover: ['title', 'subtitle'],
  agenda: ['title'],
  closing: ['title', 'subtitle', 'contact'],
  references: ['title', 'numbered', 'start', 'items'],
  bullets: ['title', 'reveal', 'size', 'bullets'],
  columns: ['title', 'left', 'right'],
  table: ['title', 'columns', 'rows', 'caption'],
  quote: ['quote', 'author', 'source'],
  image: ['title', 'src', 'alt', 'caption'],
  timeline: ['title', 'reveal', 'events'],
  pipeline: ['title', 'reveal', 'steps', 'direction', 'stages', 'edges', 'caption'],
  chart: ['title', 'unit', 'log', 'items', 'caption'],
}

const BY_KEY: Record<string, string[]> = {
  events: ['date', 'label', 'detail'],
  stages: ['id', 'label', 'detail'],
  edges: ['from', 'to', 'label', 'loop'],
  bullets: ['text', 'sub'],
  left: ['heading', 'bullets'],
  right: ['heading', 'bullets'],
}

const ITEMS: Record<string, string[]> = {
  chart: ['label', 'value', 'display', 'note'],
  references: ['title', 'authors', 'year', 'venue'],
}

/** Is `path` a slide: sections.<n>.slides.<m>? */
export const isSlidePath = (path: Path): boolean => path.length === 4 && path[0] === 'sections' && path[2] === 'slides'

/** The keys of the map `value` at `path` in writing order; `kind` is the kind of the slide the map is in. */
export function orderedKeys(value: Record<string, unknown>, path: Path, kind?: string): string[] {
  let order: string[] = []
  if (path.length === 0) order = ['$schema', 'deck', 'sections']
  else if (path.length === 1 && path[0] === 'deck')
    order = [
      'title',
      'subtitle',
      'speaker',
      'affiliation',
      'date',
      'language',
      'theme',
      'url',
      'bibliography',
      'citation-style',
    ]
  else if (path.length === 2 && path[0] === 'sections') order = ['id', 'title', 'minutes', 'divider', 'slides']
  else if (isSlidePath(path)) order = ['kind', 'id', ...(SLIDE[String(value.kind ?? kind)] ?? [])]
  else {
    const parent = typeof path.at(-1) === 'number' ? path.at(-2) : path.at(-1)
    order = (parent === 'items' ? ITEMS[kind ?? ''] : BY_KEY[String(parent)]) ?? []
  }
  const keys = Object.keys(value)
  const known = order.filter(k => keys.includes(k))
  const rest = keys.filter(k => !order.includes(k) && k !== 'notes')
  return [...known, ...rest, ...(keys.includes('notes') ? ['notes'] : [])]
}
