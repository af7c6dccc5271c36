// Which outline entry each slide comes from: slide id (its routeAlias) → place in the outline.
import { readFile } from 'node:fs/promises'
import { planDeck } from '../deck/plan.ts'
import { parseOutlineBytes, type ParsedOutline } from '../outline/parse.ts'
import type { OutlineEntry } from './findings.ts'

/** Every planned slide's id → its place in the outline and whether the outline gives it notes. */
export function outlineEntries({ outline, locate }: ParsedOutline): Map<string, OutlineEntry> {
  const entries = new Map<string, OutlineEntry>()
  for (const slide of planDeck(outline).slides) {
    const notes = 'notes' in slide.content && typeof slide.content.notes === 'string' && slide.content.notes.trim() !== ''
    entries.set(slide.id, { place: locate(slide.path), notes })
  }
  return entries
}

/** The same from the outline file; a deck without an outline has no entries. */
export async function readOutlineEntries(file: string, shown: string): Promise<Map<string, OutlineEntry>> {
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined
    throw error
  })
  return bytes ? outlineEntries(parseOutlineBytes(bytes, shown)) : new Map()
}
