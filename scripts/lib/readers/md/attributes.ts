// Pandoc attributes at the end of a heading: `Title {#id .class key=value key="two words"}`.
import { parse as parseYamlScalar } from 'yaml'

export interface Attributes {
  id?: string
  classes: { name: string; offset: number }[]
  /** key=value pairs; unquoted values read as YAML scalars (14 → number, false → boolean). */
  values: { key: string; value: unknown; offset: number }[]
}

export interface SplitHeading {
  /** The heading's text as written (escapes still in), without the attributes. */
  text: string
  /** Where the text starts in the content. */
  textOffset: number
  attributes?: Attributes
  /** Offset of the `{` in the content. */
  attributesOffset?: number
  /** Set when the braces look like attributes but do not read as such. */
  broken?: { offset: number; reason: string }
}

/** A heading's content (after the `#`s) → its text and its attributes, if it ends with them. */
export function splitHeading(content: string): SplitHeading {
  // A closing sequence of #s (`## Title ##`) is not part of the text.
  const body = content.replace(/[ \t]+#+[ \t]*$/, '').replace(/^[ \t]*#+[ \t]*$/, '')
  const lead = body.length - body.trimStart().length
  const trimmed = body.trim()
  if (!trimmed.endsWith('}')) return { text: trimmed, textOffset: lead }
  // The attributes are the leftmost unescaped `{…}` that reaches the end and reads as attributes.
  let first: { offset: number; reason: string } | undefined
  for (let open = trimmed.indexOf('{'); open >= 0; open = trimmed.indexOf('{', open + 1)) {
    if (escaped(trimmed, open)) continue
    const inner = trimmed.slice(open + 1, -1)
    const parsed = parseAttributes(inner, lead + open + 1)
    if (typeof parsed !== 'string')
      return {
        text: trimmed.slice(0, open).trimEnd(),
        textOffset: lead,
        attributes: parsed,
        attributesOffset: lead + open,
      }
    if (!first && /^\s*[#.]|=/.test(inner)) first = { offset: lead + open, reason: parsed }
  }
  if (first) return { text: trimmed.slice(0, first.offset - lead).trimEnd(), textOffset: lead, broken: first }
  return { text: trimmed, textOffset: lead }
}

/** Whether the character at `i` follows an odd number of backslashes. */
function escaped(s: string, i: number): boolean {
  let n = 0
  while (i - n - 1 >= 0 && s[i - n - 1] === '\\') n++
  return n % 2 === 1
}

const NAME = /^[A-Za-z_][\w-]*$/

function parseAttributes(inner: string, base: number): Attributes | string {
  const out: Attributes = { classes: [], values: [] }
  let i = 0
  while (i < inner.length) {
    if (/\s/.test(inner[i]!)) {
      i++
      continue
    }
    const start = i
    if (inner[i] === '"') return `a quoted value needs a key: key="…"`
    let token = ''
    while (i < inner.length && !/[\s="]/.test(inner[i]!)) token += inner[i++]
    if (token.startsWith('#')) {
      if (inner[i] === '=' || token.length < 2) return `"${token}" is not an id: write {#some-id}`
      out.id = token.slice(1)
      continue
    }
    if (token.startsWith('.')) {
      if (inner[i] === '=' || !NAME.test(token.slice(1))) return `"${token}" is not a class: write {.name}`
      out.classes.push({ name: token.slice(1), offset: base + start })
      continue
    }
    if (inner[i] !== '=' || !NAME.test(token)) return `"${token}" is neither #id, .class nor key=value`
    i++
    let value: unknown
    if (inner[i] === '"') {
      let s = ''
      i++
      while (i < inner.length && inner[i] !== '"') {
        if (inner[i] === '\\' && i + 1 < inner.length) {
          i++
          s += inner[i] === 'n' ? '\n' : inner[i]
          i++
          continue
        }
        s += inner[i++]
      }
      if (inner[i] !== '"') return `the value of ${token} has no closing quote`
      i++
      value = s
    } else {
      let s = ''
      while (i < inner.length && !/\s/.test(inner[i]!)) s += inner[i++]
      if (s === '') return `${token}= has no value`
      value = readScalar(s)
    }
    out.values.push({ key: token, value, offset: base + start })
  }
  return out
}

function readScalar(s: string): unknown {
  try {
    const v: unknown = parseYamlScalar(s, { logLevel: 'error' })
    return typeof v === 'number' || typeof v === 'boolean' ? v : s
  } catch {
    return s
  }
}

/** A value as an attribute: bare when it reads back as itself, else quoted. */
export function attributeValue(value: unknown): string {
  if (typeof value !== 'string') return String(value)
  if (value !== '' && !/[\s"\\{}]/.test(value) && readScalar(value) === value) return value
  return `"${value.replace(/["\\]/g, c => `\\${c}`).replace(/\n/g, '\\n')}"`
}
