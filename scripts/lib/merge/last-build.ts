// What the last build of a deck left in its slides.md: the ids of the generated slides, and those
// it left out as deleted by hand. A slide the last build wrote that is gone from slides.md now was
// deleted by hand (see rebuild.ts). The record lives beside slides.md and is committed with it
// (`talkdeck-record.yaml`, one id a line), so that a fresh clone, or a co-author, merges exactly
// as the first author: a slide deleted by hand and committed stays deleted there too. Decks built
// before the record moved there have it under .talkdeck/built/, which is read when it is missing.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { parse } from 'yaml'
import type { DeckPaths } from '../project.ts'
import type { LastBuilt } from './rebuild.ts'
import { writeAtomic } from '../write.ts'

export const RECORD = 'talkdeck-record.yaml'
/** What the outline made of each slide at the last build: the base of a three-way merge with a hand edit. */
export const BASES = 'talkdeck-base.md'

/** The deck's record of its last build: slides/<deck>/talkdeck-record.yaml. */
export const recordPath = (paths: DeckPaths) => path.join(paths.dir, RECORD)

const oldLedger = (paths: DeckPaths) => path.join(paths.root, '.talkdeck', 'built', `${paths.name}.json`)

export async function readLastBuilt(paths: DeckPaths): Promise<LastBuilt | undefined> {
  const record = await readFile(recordPath(paths), 'utf8').catch(() => undefined)
  if (record !== undefined) return lastBuilt(() => parse(record))
  const old = await readFile(oldLedger(paths), 'utf8').catch(() => undefined)
  return old === undefined ? undefined : lastBuilt(() => JSON.parse(old))
}

function lastBuilt(read: () => unknown): LastBuilt | undefined {
  try {
    const { built, ids, deleted } = (read() ?? {}) as Record<string, unknown>
    return { ids: strings(built ?? ids), deleted: strings(deleted) }
  } catch {
    return undefined
  }
}

const strings = (list: unknown) =>
  Array.isArray(list) ? list.filter((id): id is string => typeof id === 'string') : []

/** The record's text: stable, one id a line, so that it diffs as the deck changes. */
export function recordText(last: LastBuilt): string {
  const list = (ids: string[]) => (ids.length ? ids.map(id => `\n  - ${id}`).join('') : ' []')
  return [
    '# What the last `talkdeck build` wrote into slides.md, so that every copy of the deck merges hand edits',
    '# the same way: commit it with slides.md. Written by talkdeck; not for editing.',
    `built:${list(last.ids)}`,
    `deleted:${list(last.deleted)}`,
    '',
  ].join('\n')
}

export async function writeLastBuilt(paths: DeckPaths, last: LastBuilt): Promise<void> {
  const text = recordText(last)
  const there = await readFile(recordPath(paths), 'utf8').catch(() => undefined)
  if (there !== text) await writeAtomic(recordPath(paths), text)
}

/** The deck's base file: slides/<deck>/talkdeck-base.md. */
export const basesPath = (paths: DeckPaths) => path.join(paths.dir, BASES)

export async function readBases(paths: DeckPaths): Promise<string | undefined> {
  const text = await readFile(basesPath(paths), 'utf8').catch(() => undefined)
  return text?.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n')
}

export async function writeBases(paths: DeckPaths, text: string): Promise<void> {
  const there = await readBases(paths)
  if (there !== text) await writeAtomic(basesPath(paths), text)
}
