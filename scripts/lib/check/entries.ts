// Which outline entry each slide comes from: slide id (its routeAlias) → place in the outline,
// and whether the outline gives it notes. Built from what generating the deck already knows.
import type { Place } from '../errors.ts'
import type { OutlineEntry } from './findings.ts'

export function outlineEntries(
  slides: readonly { id: string; place?: Place; notes: boolean; axis?: boolean }[],
): Map<string, OutlineEntry> {
  const entries = new Map<string, OutlineEntry>()
  for (const slide of slides)
    if (slide.place)
      entries.set(slide.id, { place: slide.place, notes: slide.notes, ...(slide.axis ? { axis: true } : {}) })
  return entries
}
