// A section or slide heading → its fields: the text is the title, `{#id}` the id, `key=value`
// any other field, `.class` (slides only) the kind or `.reveal`.
import type { Heading } from 'mdast'
import type { Path } from '../../outline/places.ts'
import { splitHeading } from './attributes.ts'
import type { State } from './state.ts'
import { literal } from './text.ts'

export interface HeadingFields {
  fields: Record<string, unknown>
  classes: { name: string; col: number }[]
}

export function readHeading(state: State, node: Heading, path: Path): HeadingFields {
  const start = node.position!.start
  const source = state.text.slice(start.offset!, node.position!.end.offset!)
  const hashes = /^#*/.exec(source)![0].length
  if (hashes === 0) underlined(state, node)
  const split = splitHeading(source.slice(hashes).split('\n')[0]!)
  const at = (offset: number) => state.at(start, hashes + offset)
  const fields: Record<string, unknown> = {}
  const set = (key: string, value: unknown, offset: number) => {
    if (key in fields) {
      state.problem('E_MD_TWICE', `"${key}" is given twice in this heading`, at(offset), `keep one of them`)
      return
    }
    fields[key] = value
    state.place([...path, key], at(offset))
  }
  if (split.broken) {
    state.problem(
      'E_MD_ATTRIBUTES',
      `the {…} at the end of the heading does not read as attributes: ${split.broken.reason}`,
      at(split.broken.offset),
      'write them as {#id .class key=value}, or escape the brace as \\{ if it is part of the title',
    )
  }
  if (split.text !== '') set('title', literal(split.text), split.textOffset)
  const attributes = split.attributes
  if (attributes?.id !== undefined) set('id', attributes.id, split.attributesOffset! + 1)
  for (const { key, value, offset } of attributes?.values ?? []) set(key, value, offset)
  state.place(path, state.at(start))
  return {
    fields,
    classes: (attributes?.classes ?? []).map(c => ({ name: c.name, col: start.column + hashes + c.offset })),
  }
}

/** A section heading → the section's fields; a section takes no classes. */
export function headingAttributes(state: State, node: Heading, path: Path, what: 'section'): Record<string, unknown> {
  const { fields, classes } = readHeading(state, node, path)
  for (const c of classes) {
    state.problem(
      'E_MD_ATTRIBUTES',
      `a ${what} takes no class (.${c.name})`,
      { file: state.file, line: node.position!.start.line, col: c.col },
      'classes name slide kinds: put it on a `##` slide heading, or remove it',
    )
  }
  if (fields.id === undefined) {
    state.problem(
      'E_MISSING',
      `the ${what} "${String(fields.title ?? '')}" has no id`,
      state.at(node.position!.start),
      'add one at the end of the heading, e.g. `# Title {#part-one}`',
    )
  }
  return fields
}

/** A heading underlined with `===` or `---` (setext): reported, and read as its first line. */
function underlined(state: State, node: Heading): void {
  const mark = node.depth === 1 ? '#' : '##'
  state.problem(
    'E_MD_SETEXT',
    `an underlined heading (${node.depth === 1 ? '===' : '---'} under its text): talkdeck reads headings written with #`,
    state.at(node.position!.start),
    `write it as \`${mark} Title\` on one line and remove the line under it (\`#\` starts a section, \`##\` a slide)`,
  )
}
