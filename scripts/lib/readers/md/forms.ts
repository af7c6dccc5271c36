// The Markdown forms a slide's fields are read from (the kinds' `write.markdown`): a list of
// points, a pipe table, a `>` quote, `:::: columns`. Each places what it reads.
import type { Blockquote, List, Table } from 'mdast'
import type { ContainerDirective } from 'mdast-util-directive'
import { parse } from 'yaml'
import type { Place } from '../../errors.ts'
import { pathKey } from '../../outline/comments.ts'
import type { Path } from '../../outline/places.ts'
import { commentText, describe } from './nodes.ts'
import type { State } from './state.ts'
import { literal, pointFrom } from './text.ts'

export function source(
  state: State,
  node: { position?: { start: { offset?: number }; end: { offset?: number } } },
): string {
  return state.text.slice(node.position!.start.offset!, node.position!.end.offset!)
}

export function readList(state: State, list: List, path: Path, nested: boolean, from = 0): unknown[] {
  return list.children.map((item, n) => {
    const i = from + n
    const [first, second, ...more] = item.children
    state.place([...path, i], state.at(item.position?.start))
    const point = first?.type === 'paragraph' ? pointFrom(source(state, first)) : ''
    if (first && first.type !== 'paragraph') {
      state.problem(
        'E_MD_SHAPE',
        `a point starts with ${describe(first)}`,
        state.at(first.position?.start),
        'a point is one line of text, with its sub-points as a list under it',
      )
    }
    const extra = more[0] ?? (second && (second.type !== 'list' || !nested) ? second : undefined)
    if (extra) {
      state.problem(
        'E_MD_SHAPE',
        nested ? `${describe(extra)} inside a point` : 'a sub-point cannot have points of its own',
        state.at(extra.position?.start),
        'a point holds one line of text and at most one list of sub-points',
      )
    }
    if (second?.type === 'list' && nested) {
      const sub = readList(state, second, [...path, i, 'sub'], false)
      const head = typeof point === 'string' ? { text: point } : point
      state.place([...path, i, Object.keys(head)[0]!], state.at(first?.position?.start))
      return { ...head, sub }
    }
    return point
  })
}

export function readQuote(state: State, node: Blockquote): string {
  const [first, ...more] = node.children
  if (more[0] || first?.type !== 'paragraph') {
    state.problem(
      'E_MD_SHAPE',
      'a quote slide holds one paragraph',
      state.at((more[0] ?? node).position?.start),
      'write the quote as one `> …` paragraph; author and source go in a ```yaml block',
    )
    return ''
  }
  return literal(source(state, first).replace(/\n[ \t]*>[ \t]?/g, '\n'))
}

export type Set = (key: string, value: unknown, place: Place | undefined) => void

export function readTable(state: State, table: Table, path: Path, set: Set): void {
  const cells = table.children.map((row, r) =>
    row.children.map((cell, c) => {
      const first = cell.children[0]
      const last = cell.children.at(-1)
      const text =
        first && last ? literal(state.text.slice(first.position!.start.offset!, last.position!.end.offset!)) : ''
      const at = r === 0 ? [...path, 'columns', c] : [...path, 'rows', r - 1, c]
      state.place(at, state.at(cell.position?.start))
      return r === 0 ? text : cellValue(state, text, at)
    }),
  )
  const [header, ...rows] = cells
  set('columns', header, state.at(table.position?.start))
  if (rows.length > 0) set('rows', rows, state.at(table.children[1]?.position?.start))
}

/** A cell reads as YAML would read it: a number where YAML sees one, text otherwise. */
function cellValue(state: State, text: string, at: Path): string | number {
  let value: unknown
  try {
    value = parse(text, { logLevel: 'error' })
  } catch {
    return text
  }
  if (typeof value !== 'number') return text
  if (String(value) !== text) state.numbers.set(pathKey(at), text)
  return value
}

export function readColumns(state: State, node: ContainerDirective, path: Path, set: Set): void {
  const columns = node.children.filter(c => !(c.type === 'html' && commentText(c) !== undefined))
  if (columns.length !== 2 || columns.some(c => c.type !== 'containerDirective' || c.name !== 'column')) {
    state.problem(
      'E_MD_SHAPE',
      `::: columns holds ${columns.length === 2 ? 'something other than' : `${columns.length} blocks, not`} two ::: column blocks`,
      state.at(node.position?.start),
      'write :::: columns, then two ::: column blocks, each with a ### heading and a list',
    )
    return
  }
  ;(['left', 'right'] as const).forEach((side, i) => {
    const column = columns[i] as ContainerDirective
    const out: Record<string, unknown> = {}
    state.place([...path, side], state.at(column.position?.start))
    for (const child of column.children) {
      if (child.type === 'heading' && !('heading' in out)) {
        const text = source(state, child)
          .replace(/^#+[ \t]*/, '')
          .replace(/[ \t]+#+[ \t]*$/, '')
        out.heading = literal(text)
        state.place([...path, side, 'heading'], state.at(child.position?.start))
      } else if (child.type === 'list' && !('bullets' in out)) {
        out.bullets = readList(state, child, [...path, side, 'bullets'], true)
        state.place([...path, side, 'bullets'], state.at(child.position?.start))
      } else if (!(child.type === 'html' && commentText(child) !== undefined)) {
        state.problem(
          'E_MD_SHAPE',
          `${describe(child)} in a column`,
          state.at(child.position?.start),
          'a column holds a ### heading and a list',
        )
      }
    }
    set(side, out, state.at(column.position?.start))
  })
}
