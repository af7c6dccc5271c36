// Schema issues → problems a person can act on: the place in the file, and a fix.
import type { z } from 'zod'
import type { Problem } from '../errors.ts'
import type { ReadOutline } from '../readers/types.ts'
import type { Path } from './places.ts'

/** The value at `path` in the data, or undefined. */
function valueAt(data: unknown, path: Path): unknown {
  let value = data
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<string | number, unknown>)[key]
  }
  return value
}

export function describeIssue(issue: z.core.$ZodIssue, read: ReadOutline, kindNames: readonly string[]): Problem {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol')
  const field = path.length > 0 ? `"${path.join('.')}"` : 'the outline'
  const place = read.locate(path)
  const parentPath = path.slice(0, -1)
  const last = path.at(-1)

  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? ''
    return {
      code: 'E_UNKNOWN_KEY',
      message: `unknown key "${key}" in ${field}`,
      place: read.locateKey(path, key) ?? place,
      hint:
        quoteHint(read.unquoted?.(path, key), 'a comma ended the value before it') ??
        'remove it or check its spelling against schema/outline.schema.json',
    }
  }
  if (issue.code === 'invalid_union' && last === 'kind') {
    return {
      code: 'E_SLIDE_KIND',
      message: `unknown slide kind ${JSON.stringify(valueAt(read.data, path))}`,
      place,
      hint: `use one of: ${kindNames.join(', ')}`,
    }
  }
  if (issue.code === 'invalid_type' && valueAt(read.data, path) === undefined && typeof last === 'string') {
    return {
      code: 'E_MISSING',
      message: `missing required field "${last}" in ${parentPath.length ? `"${parentPath.join('.')}"` : 'the outline'}`,
      place: read.locate(parentPath),
      hint: `add \`${last}: …\` (${issue.expected})`,
    }
  }
  return {
    code: issue.code === 'invalid_type' ? 'E_TYPE' : 'E_INVALID',
    message: `${field}: ${issue.message}`,
    place,
    hint: quoteHint(read.unquoted?.(path), 'its ": " made it a mapping') ?? hintFor(issue),
  }
}

/** When the format cut unquoted text apart: say so, and show the value quoted. */
function quoteHint(text: string | undefined, why: string): string | undefined {
  return text === undefined ? undefined : `the text was not quoted and ${why}: quote the value: ${JSON.stringify(text)}`
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
