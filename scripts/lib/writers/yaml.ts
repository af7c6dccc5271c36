// An outline as YAML (slides/<deck>/outline.yaml), in the style of the shipped talk.
import { END, pathKey } from '../outline/comments.ts'
import type { Path } from '../outline/places.ts'
import { mapLines, type Source } from './yaml-text.ts'

/** The first line of every YAML outline: editors that know it check and complete the outline. */
export const YAML_MODELINE = '# yaml-language-server: $schema=../../schema/outline.schema.json'

/** Sections, and the slides of each, are written with a blank line between them. */
const spaced = (path: Path) =>
  (path.length === 1 && path[0] === 'sections') || (path.length === 3 && path[2] === 'slides')

export function writeYaml(src: Source): string {
  const data = src.data as Record<string, unknown>
  const lines = [YAML_MODELINE]
  const top = src.comments?.get(pathKey([]))
  if (top !== undefined) lines.push(...top.split('\n').map(l => `#${l}`))
  const keys = Object.keys(mapLinesOrder(data))
  keys.forEach((key, i) => {
    if (i > 0) lines.push('')
    lines.push(...mapLines(src, { [key]: data[key] }, [], 0, { spaced }))
  })
  const end = src.comments?.get(pathKey(END))
  if (end !== undefined) lines.push(...end.split('\n').map(l => `#${l}`))
  return `${lines.join('\n')}\n`
}

/** The root's keys: `$schema`, `deck`, `sections`, then any others. */
function mapLinesOrder(data: Record<string, unknown>): Record<string, unknown> {
  const order = ['$schema', 'deck', 'sections']
  const keys = [...order.filter(k => k in data), ...Object.keys(data).filter(k => !order.includes(k))]
  return Object.fromEntries(keys.map(k => [k, data[k]]))
}
