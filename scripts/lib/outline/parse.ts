import { isMap, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml'
import type { z } from 'zod'
import { TalkdeckError, type Place, type Problem } from '../errors.ts'
import { outline as outlineSchema, slideKinds, type Outline } from './schema.ts'
import { checkOutline } from './validate.ts'

/** Outlines larger than this are refused before parsing: no talk is that long. */
export const MAX_OUTLINE_BYTES = 2 * 1024 * 1024

export type Path = readonly (string | number)[]
export type Locate = (path: Path) => Place

export interface ParsedOutline {
  outline: Outline
  /** Where a value of the outline stands in its file (the nearest existing node). */
  locate: Locate
}

/** Bytes of an outline file → a validated outline, or a TalkdeckError listing every problem found. */
export function parseOutlineBytes(bytes: Uint8Array, file: string): ParsedOutline {
  if (bytes.byteLength > MAX_OUTLINE_BYTES) {
    throw new TalkdeckError({
      code: 'E_TOO_LARGE',
      message: `the outline is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MiB; talkdeck reads outlines up to ${MAX_OUTLINE_BYTES / 1024 / 1024} MiB`,
      place: { file, line: 1, col: 1 },
      hint: 'split the talk into several decks, or move long text out of the outline',
    })
  }
  return parseOutline(decodeUtf8(bytes, file), file)
}

/** Text of an outline → a validated outline. Pure: no disk, no clock. */
export function parseOutline(text: string, file: string): ParsedOutline {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true })
  const at = (offset: number): Place => {
    const { line, col } = lines.linePos(offset)
    return { file, line, col }
  }
  if (doc.errors.length > 0) {
    throw new TalkdeckError(
      doc.errors.map(e => ({
        code: 'E_YAML',
        message: `invalid YAML: ${firstLine(e.message)}`,
        place: at(e.pos[0]),
        hint: 'check the indentation and quoting on that line (quote text that contains ": " or starts with a symbol)',
      })),
    )
  }
  const locate: Locate = path => at(nodeFor(doc, path)?.range?.[0] ?? 0)
  const data = doc.toJS()
  if (data === null || data === undefined || (typeof data === 'object' && Object.keys(data).length === 0)) {
    throw new TalkdeckError({
      code: 'E_EMPTY',
      message: 'the outline is empty',
      place: at(0),
      hint: 'start from slides/chatgpt/outline.yaml, or write at least `deck: { title: … }` and one section with one slide',
    })
  }
  const result = outlineSchema.safeParse(data)
  if (!result.success) {
    throw new TalkdeckError(result.error.issues.map(issue => describeIssue(issue, doc, locate, at)))
  }
  const problems = checkOutline(result.data, locate)
  if (problems.length > 0) throw new TalkdeckError(problems)
  return { outline: result.data, locate }
}

function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    const bad = firstInvalidUtf8(bytes)
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad))
    const lines = before.split('\n')
    throw new TalkdeckError({
      code: 'E_ENCODING',
      message: `the outline is not valid UTF-8 (byte 0x${(bytes[bad] ?? 0).toString(16)} at offset ${bad})`,
      place: { file, line: lines.length, col: (lines.at(-1)?.length ?? 0) + 1 },
      hint: 'save the file as UTF-8 (in most editors: "Save with encoding" → UTF-8)',
    })
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  let lo = 0
  let hi = bytes.byteLength
  // Smallest prefix that fails to decode, by bisection; its last byte is the culprit's neighbourhood.
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    try {
      decoder.decode(bytes.subarray(0, mid + 1), { stream: true })
      decoder.decode()
      lo = mid + 1
    } catch {
      hi = mid
    }
  }
  return Math.min(lo, bytes.byteLength - 1)
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

function describeIssue(issue: z.core.$ZodIssue, doc: Document, locate: Locate, at: (offset: number) => Place): Problem {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol')
  const field = path.length > 0 ? `"${path.join('.')}"` : 'the outline'
  const place = locate(path)
  const parentPath = path.slice(0, -1)
  const last = path.at(-1)

  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? ''
    const node = keyNode(doc, path, key)
    return {
      code: 'E_UNKNOWN_KEY',
      message: `unknown key "${key}" in ${field}`,
      place: node?.range ? at(node.range[0]) : place,
      hint: 'remove it or check its spelling against schema/outline.schema.json',
    }
  }
  if (issue.code === 'invalid_union' && last === 'kind') {
    const value = doc.getIn(path)
    return {
      code: 'E_SLIDE_KIND',
      message: `unknown slide kind ${JSON.stringify(value)}`,
      place,
      hint: `use one of: ${slideKinds.join(', ')}`,
    }
  }
  if (issue.code === 'invalid_type' && doc.getIn(path, true) === undefined && typeof last === 'string') {
    return {
      code: 'E_MISSING',
      message: `missing required field "${last}" in ${parentPath.length ? `"${parentPath.join('.')}"` : 'the outline'}`,
      place: locate(parentPath),
      hint: `add \`${last}: …\` (${issue.expected})`,
    }
  }
  return {
    code: issue.code === 'invalid_type' ? 'E_TYPE' : 'E_INVALID',
    message: `${field}: ${issue.message}`,
    place,
    hint: hintFor(issue),
  }
}

function hintFor(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `write a ${issue.expected} here`
    case 'too_small':
      return 'add at least one entry, or remove the key'
    case 'invalid_format':
      return 'see the pattern in the message'
    case 'invalid_value':
      return `use one of: ${issue.values.map(v => JSON.stringify(v)).join(', ')}`
    default:
      return 'see schema/outline.schema.json for what this field takes'
  }
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s
}
