// What the last build of a deck left in its slides.md: the ids of the generated slides, and those
// it left out as deleted by hand. A slide the last build wrote that is gone from slides.md now was
// deleted by hand (see rebuild.ts). Kept under .talkdeck/, which may be deleted at any time: the
// deletions the builds since have seen are in slides.md itself (its `talkdeck-deleted` list).
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { DeckPaths } from '../project.ts'
import type { LastBuilt } from './rebuild.ts'
import { writeAtomic } from '../write.ts'

const ledger = (paths: DeckPaths) => path.join(paths.root, '.talkdeck', 'built', `${paths.name}.json`)

export async function readLastBuilt(paths: DeckPaths): Promise<LastBuilt | undefined> {
  const text = await readFile(ledger(paths), 'utf8').catch(() => undefined)
  if (text === undefined) return undefined
  try {
    const { ids, deleted } = JSON.parse(text) as Partial<Record<keyof LastBuilt, unknown>>
    return { ids: strings(ids), deleted: strings(deleted) }
  } catch {
    return undefined
  }
}

const strings = (list: unknown) =>
  Array.isArray(list) ? list.filter((id): id is string => typeof id === 'string') : []

export async function writeLastBuilt(paths: DeckPaths, last: LastBuilt): Promise<void> {
  await writeAtomic(ledger(paths), `${JSON.stringify(last)}\n`)
}
