// Outline data → YAML text, in one fixed style (the shipped talk's): two-space indents, lists
// under their key, plain scalars where they read back as written, double quotes otherwise,
// notes as `|` blocks, table columns and rows as [flow, lists], numbers as they were written.
import { parse } from 'yaml'
import { pathKey, type Comments } from '../outline/comments.ts'
import type { Path } from '../outline/places.ts'
import { isFlowList, isSlidePath, orderedKeys } from './order.ts'

/** What a writer needs of a read outline: its data, how its numbers were written, its comments. */
export interface Source {
  data: unknown
  numberSource?: (path: Path) => string | undefined
  comments?: Comments
}

export interface YamlStyle {
  /** Paths of lists written with a blank line between their entries. */
  spaced?: (path: Path) => boolean
}

const isScalar = (v: unknown) => v === null || typeof v !== 'object'

/** YAML lines for the map `value` at `path`, its keys at `indent` spaces. */
export function mapLines(
  src: Source,
  value: Record<string, unknown>,
  path: Path,
  indent: number,
  style: YamlStyle = {},
  kind?: string,
): string[] {
  const pad = ' '.repeat(indent)
  const lines: string[] = []
  const slideKind = isSlidePath(path) ? String(value.kind ?? kind) : kind
  for (const key of orderedKeys(value, path, slideKind)) {
    const at = [...path, key]
    lines.push(...commentLines(src, at, pad))
    lines.push(...entry(src, `${pad}${key}:`, value[key], at, indent, style, slideKind))
  }
  return lines
}

/** `head` (a key, or a list dash) followed by the value, as lines. */
function entry(
  src: Source,
  head: string,
  value: unknown,
  path: Path,
  indent: number,
  style: YamlStyle,
  kind?: string,
): string[] {
  if (typeof value === 'string' && value.includes('\n')) return blockLines(head, value, indent)
  if (isScalar(value)) return [`${head} ${scalar(src, value, path, false)}`]
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${head} []`]
    if (isFlowList(path, kind) && value.every(v => isScalar(v) && !(typeof v === 'string' && v.includes('\n')))) {
      return [`${head} [${value.map((v, i) => scalar(src, v, [...path, i], true)).join(', ')}]`]
    }
    const lines = [head]
    value.forEach((item, i) => {
      if (i > 0 && style.spaced?.(path)) lines.push('')
      lines.push(...itemLines(src, item, [...path, i], indent + 2, style, kind))
    })
    return lines
  }
  const map = value as Record<string, unknown>
  if (Object.keys(map).length === 0) return [`${head} {}`]
  return [head, ...mapLines(src, map, path, indent + 2, style, kind)]
}

/** One list entry at `indent`: `- value`, a map's first key on the dash line. */
function itemLines(src: Source, item: unknown, path: Path, indent: number, style: YamlStyle, kind?: string): string[] {
  const pad = ' '.repeat(indent)
  const comments = commentLines(src, path, pad)
  if (item === null || typeof item !== 'object' || Array.isArray(item) || Object.keys(item).length === 0) {
    return [...comments, ...entry(src, `${pad}-`, item, path, indent, style, kind)]
  }
  const inner = mapLines(src, item as Record<string, unknown>, path, indent + 2, style, kind)
  // The first key's comment was written above the dash; the first key goes on the dash line.
  const first = inner.findIndex(l => !l.trimStart().startsWith('#'))
  const above = inner.slice(0, first).map(l => l.slice(2))
  return [...comments, ...above, `${pad}- ${inner[first]!.slice(indent + 2)}`, ...inner.slice(first + 1)]
}

function commentLines(src: Source, path: Path, pad: string): string[] {
  const text = src.comments?.get(pathKey(path))
  return text === undefined ? [] : text.split('\n').map(line => `${pad}#${line}`)
}

/** Multi-line text as a literal block, or quoted when a block cannot hold it as it is. */
function blockLines(head: string, text: string, indent: number): string[] {
  const body = text.replace(/\n+$/, '')
  const trailing = text.length - body.length
  const chomp = trailing === 1 ? '' : '-'
  const lines = body.split('\n')
  const pad = ' '.repeat(indent + 2)
  if (
    /[\r\t]/.test(text) ||
    /^\s/.test(lines.find(l => l !== '') ?? '') ||
    lines.some(l => / $/.test(l) && l.trim() === '') ||
    body === '' ||
    trailing > 1
  ) {
    return [`${head} ${JSON.stringify(text)}`]
  }
  return [`${head} |${chomp}`, ...lines.map(l => (l === '' ? '' : `${pad}${l}`))]
}

/** One scalar, plain when YAML reads it back as the same value, else double-quoted. */
export function scalar(src: Source, value: unknown, path: Path, flow: boolean): string {
  if (typeof value === 'number') return src.numberSource?.(path) ?? numberText(value)
  if (typeof value === 'boolean' || value === null) return String(value)
  const s = String(value)
  return plain(s, flow) ? s : JSON.stringify(s)
}

function numberText(n: number): string {
  if (Number.isNaN(n)) return '.nan'
  if (!Number.isFinite(n)) return n > 0 ? '.inf' : '-.inf'
  return String(n)
}

/** Whether `s` can be written unquoted: it reads back as itself and does not look like a number or date. */
export function plain(s: string, flow: boolean): boolean {
  if (s === '' || s !== s.trim() || /[\n\r\t]/.test(s) || /^[-+]?[\d.][\d\-:._+eE]*$/.test(s)) return false
  try {
    return flow
      ? sameList(parse(`[${s}]`, { logLevel: 'error' }), s)
      : (parse(`k: ${s}`, { logLevel: 'error' }) as { k?: unknown } | null)?.k === s
  } catch {
    return false
  }
}

const sameList = (v: unknown, s: string) => Array.isArray(v) && v.length === 1 && v[0] === s
