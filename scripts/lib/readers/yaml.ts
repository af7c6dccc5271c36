// Outlines written in YAML: slides/<deck>/outline.yaml.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, Scalar, visit, type Document, type Node } from 'yaml'
import { TalkdeckError, type Place } from '../errors.ts'
import { addComment, END, type Comments } from '../outline/comments.ts'
import type { Path } from '../outline/places.ts'
import type { Reader } from './types.ts'

export const yamlReader: Reader = {
  extensions: ['.yaml', '.yml'],
  read(text, file) {
    const lines = new LineCounter()
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true })
    const at = (offset: number): Place => ({ file, ...lines.linePos(offset) })
    if (doc.errors.length > 0) {
      throw new TalkdeckError(
        doc.errors.map(e => ({
          code: 'E_YAML',
          message: `invalid YAML: ${e.message.split('\n')[0]}`,
          place: at(e.pos[0]),
          hint:
            e.code === 'BLOCK_AS_IMPLICIT_KEY'
              ? `the value holds ": ", which YAML reads as a mapping: quote the value: ${quoted(restOfLine(text, e.pos[0]))}`
              : 'check the indentation and quoting on that line (quote text that contains ": " or starts with a symbol)',
        })),
      )
    }
    return {
      data: toData(doc, at),
      comments: collectComments(doc),
      locate: path => at(nodeFor(doc, path)?.range?.[0] ?? 0),
      locateKey: (path, key) => {
        const node = keyNode(doc, path, key)
        return node?.range ? at(node.range[0]) : undefined
      },
      numberSource: path => {
        const node = doc.getIn(path, true)
        if (!isScalar(node) || typeof node.value !== 'number' || node.source === undefined) return undefined
        return node.source !== String(node.value) ? node.source : undefined
      },
      unquoted: (path, key) => {
        const node = doc.getIn(path, true)
        if (!isMap(node)) return undefined
        const plain = (n: unknown): n is Scalar => isScalar(n) && n.type === Scalar.PLAIN
        if (key === undefined) {
          // `- Reward: it learns` where text was wanted: one pair of plain scalars.
          const [pair, more] = node.items
          if (more || !pair || !plain(pair.key) || !(pair.value === null || plain(pair.value))) return undefined
          return text.slice(pair.key.range![0], (pair.value ?? pair.key).range![1]).trim()
        }
        // `{ detail: a, b }`: the comma ended detail's value and made "b" a key.
        const i = node.items.findIndex(p => plain(p.key) && p.key.value === key)
        const before = node.items[i - 1]
        if (!node.flow || i < 1 || !plain(before?.value)) return undefined
        const pair = node.items[i]!
        return text.slice(before.value.range![0], ((pair.value as Node | null) ?? (pair.key as Node)).range![1]).trim()
      },
    }
  },
}

/**
 * How many copies aliases (`*name`) may make in all. YAML's default, 100, refuses an outline
 * that names one anchor on every slide; this still stops an alias bomb before it fills memory.
 */
const ALIASES = 10_000

function toData(doc: Document, at: (offset: number) => Place): unknown {
  try {
    return doc.toJS({ maxAliasCount: ALIASES })
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error
    let first = 0
    visit(doc, { Alias: (_, node) => ((first = node.range?.[0] ?? 0), visit.BREAK) })
    throw new TalkdeckError({
      code: 'E_YAML',
      message: `the aliases (*name) in this outline expand to more than ${ALIASES} copies`,
      place: at(first),
      hint: 'write the repeated text out where it is used, or repeat fewer anchors (&name) inside one another',
    })
  }
}

/** The editor's schema line that every YAML outline may start with; the YAML writer adds it itself. */
export const MODELINE = /^ ?yaml-language-server:/

/**
 * Every comment, under the path of what it stands before. A comment at the end of a line goes
 * before that line's item too: what it says is kept, if not where.
 */
function collectComments(doc: Document): Comments {
  const comments: Comments = new Map()
  const add = (path: Path, text: string | null | undefined) => {
    if (!text) return
    const kept = (text ?? '').split('\n').filter(line => !MODELINE.test(line))
    if (kept.length > 0) addComment(comments, path, kept.join('\n'))
  }
  // A list entry's comment stands before the entry; a nested map's, before its first key.
  const walk = (node: unknown, path: Path, item = false): void => {
    if (!node || typeof node !== 'object') return
    const n = node as Node
    if (item) add(path, n.commentBefore)
    if (isMap(n)) {
      const first = n.items[0]
      if (first && isScalar(first.key) && !item) add([...path, String(first.key.value)], n.commentBefore)
      for (const pair of n.items) {
        if (!isScalar(pair.key)) continue
        const at = [...path, String(pair.key.value)]
        add(at, pair.key.commentBefore)
        add(at, pair.key.comment)
        walk(pair.value, at)
      }
      add(path, n.comment)
    } else if (isSeq(n)) {
      if (n.items.length > 0 && !item) add([...path, 0], n.commentBefore)
      n.items.forEach((entry, i) => walk(entry, [...path, i], true))
      add(path, n.comment)
    } else {
      if (!item) add(path, n.commentBefore)
      add(path, n.comment)
    }
  }
  add([], doc.commentBefore)
  walk(doc.contents, [])
  add(END, doc.comment)
  return comments
}

function nodeFor(doc: Document, path: Path): Node | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true)
    if (node && typeof node === 'object' && 'range' in node) return node as Node
  }
  return undefined
}

function keyNode(doc: Document, path: Path, key: string): Node | undefined {
  const parent = doc.getIn(path, true)
  if (!isMap(parent)) return undefined
  const pair = parent.items.find(p => isScalar(p.key) && p.key.value === key)
  return isScalar(pair?.key) ? pair.key : undefined
}

/** The text of a line from `offset` on, without a trailing comment. */
function restOfLine(text: string, offset: number): string {
  const end = text.indexOf('\n', offset)
  return text
    .slice(offset, end < 0 ? undefined : end)
    .replace(/\s+#.*$/, '')
    .trim()
}

/** Text as a double-quoted YAML string. */
export const quoted = (s: string): string => JSON.stringify(s)
