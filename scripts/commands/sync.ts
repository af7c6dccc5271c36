import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { TalkdeckError } from '../lib/errors.ts'
import { decodeUtf8 } from '../lib/outline/decode.ts'
import { filesBeside } from '../lib/cite/files.ts'
import { parseOutline } from '../lib/outline/parse.ts'
import type { DeckPaths } from '../lib/project.ts'
import { acceptSlides } from '../lib/translation/compare.ts'
import { compareWithSource, saveSyncRecord, type Comparison } from '../lib/translation/on-disk.ts'

export interface SyncResult {
  /** The slides accepted by this run. */
  accepted: string[]
  /** The record written, if one was. */
  file?: string
  /** The translation compared with its source after the record was written. */
  comparison: Comparison
}

/**
 * Record that a translation is up to date with its source for these slides (every slide both
 * decks have, with 'all'); with no slides named, only compare. Nothing is written for an id
 * that is not a slide of both decks.
 */
export async function syncDeck(paths: DeckPaths, accept: string[] | 'all' | undefined): Promise<SyncResult> {
  const shown = path.relative(process.cwd(), paths.outline) || paths.outline
  const text = decodeUtf8(await readFile(paths.outline), shown)
  const parsed = parseOutline(text, shown, { load: filesBeside(paths.outline) })
  const before = await compareWithSource(paths, parsed, text)
  if (!before) {
    throw new TalkdeckError({
      code: 'E_NOT_TRANSLATION',
      message: `${paths.name} does not say which deck it translates`,
      place: { ...parsed.locate(['deck']), file: shown },
      hint: 'add `translation-of: <deck>` to its front matter (under `deck:` in YAML)',
    })
  }
  if (accept === undefined) return { accepted: [], comparison: before }
  const shared = new Set(before.translationSlides.map(s => s.id))
  const known = before.sourceSlides.filter(s => shared.has(s.id)).map(s => s.id)
  const unknown = accept === 'all' ? [] : accept.filter(id => !known.includes(id))
  if (unknown.length > 0) {
    const stale = before.report.stale.map(s => s.id)
    throw new TalkdeckError({
      code: 'E_SYNC_ID',
      message: `no slide ${unknown.map(id => `"${id}"`).join(', ')} in both ${before.report.source} and ${paths.name}`,
      hint: stale.length ? `the stale slides: ${stale.join(', ')}` : 'nothing is stale; `--all` accepts every slide',
    })
  }
  const accepted = acceptSlides(before.sourceSlides, before.translationSlides, before.record?.accepted, accept)
  const file = await saveSyncRecord(paths, { source: before.report.source, accepted })
  const comparison = (await compareWithSource(paths, parsed, text))!
  return { accepted: accept === 'all' ? known : accept, file, comparison }
}
