// The order a writer puts an outline's keys in: the order the shipped talk is written in, so a
// talk converted to Markdown and back reads as it was. A slide's keys follow its kind's `write`
// (scripts/lib/kinds/); keys not listed follow in their own order, notes last.
import { kinds } from '../kinds/index.ts'
import { kindName, type KindModule, type KindWriting } from '../kinds/types.ts'
import type { Path } from '../outline/places.ts'

const writing = (list: readonly KindModule[]) => new Map(list.map(k => [kindName(k), k.write]))
const shipped = writing(kinds)

/** How the slide kind `kind` is written (undefined for a kind talkdeck does not know). */
export const writingOf = (kind: string | undefined, list?: readonly KindModule[]): KindWriting | undefined =>
  kind === undefined ? undefined : (list ? writing(list) : shipped).get(kind)

/** Is `path` a slide: sections.<n>.slides.<m>? */
export const isSlidePath = (path: Path): boolean => path.length === 4 && path[0] === 'sections' && path[2] === 'slides'

/** The keys of the map `value` at `path` in writing order; `kind` is the kind of the slide the map is in. */
export function orderedKeys(
  value: Record<string, unknown>,
  path: Path,
  kind?: string,
  list?: readonly KindModule[],
): string[] {
  let order: string[] = []
  if (path.length === 0) order = ['$schema', 'deck', 'sections']
  else if (path.length === 1 && path[0] === 'deck')
    order = [
      'title',
      'subtitle',
      'speaker',
      'affiliation',
      'date',
      'venue',
      'contact',
      'language',
      'theme',
      'accent',
      'url',
      'bibliography',
      'citation-style',
      'translation-of',
    ]
  else if (path.length === 2 && path[0] === 'sections') order = ['id', 'title', 'minutes', 'divider', 'slides']
  else if (isSlidePath(path)) order = ['kind', 'id', ...(writingOf(String(value.kind ?? kind), list)?.order ?? [])]
  else {
    const parent = typeof path.at(-1) === 'number' ? path.at(-2) : path.at(-1)
    order = writingOf(kind, list)?.nested?.[String(parent)] ?? []
  }
  const keys = Object.keys(value)
  const known = order.filter(k => keys.includes(k))
  const rest = keys.filter(k => !order.includes(k) && k !== 'notes')
  return [...known, ...rest, ...(keys.includes('notes') ? ['notes'] : [])]
}

/** Is the list at `path` written in YAML's flow style, `[a, b]` (a table's columns and rows)? */
export function isFlowList(path: Path, kind: string | undefined): boolean {
  if (path.length < 5 || !isSlidePath(path.slice(0, 4))) return false
  const inSlide = path.slice(4).map(step => (typeof step === 'number' ? '*' : step))
  return writingOf(kind)?.flow?.includes(inSlide.join('.')) ?? false
}
