// Outline formats, chosen by the file's extension. A new format is one more reader here.
import path from 'node:path'
import type { Reader } from './types.ts'
import { mdReader } from './md.ts'
import { yamlReader } from './yaml.ts'

export const readers: readonly Reader[] = [yamlReader, mdReader]

/** The names an outline may have in a deck folder, in the order they are looked for. */
export const OUTLINE_NAMES = readers.flatMap(r => r.extensions.map(ext => `outline${ext}`))

export function readerFor(file: string): Reader | undefined {
  const ext = path.extname(file).toLowerCase()
  return readers.find(r => r.extensions.includes(ext))
}
