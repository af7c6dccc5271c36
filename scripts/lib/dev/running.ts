// The dev server a running `talkdeck dev` recorded for a deck (see ./server-plugin.ts), for check
// and export to render through instead of starting a server of their own. It is the speaker's:
// it is used as it is, never stopped or restarted, and `talkdeck stop` does not see it.
import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { alive, inSync, knowsToken } from '../slidev/kept.ts'
import type { DevRecord } from './server-plugin.ts'

export const devRecordsDir = (root: string) => path.join(root, '.talkdeck', 'dev-servers')
export const devRecordFile = (root: string, slides: string) =>
  path.join(devRecordsDir(root), `${path.basename(path.dirname(slides))}.json`)

export async function readDevRecord(file: string): Promise<DevRecord | undefined> {
  const record = await readFile(file, 'utf8').then(
    t => JSON.parse(t) as Partial<DevRecord>,
    () => undefined,
  )
  return record && typeof record.url === 'string' && typeof record.token === 'string' && typeof record.pid === 'number'
    ? (record as DevRecord)
    : undefined
}

/**
 * The URL of the deck's running dev server, if one is up (its process alive, answering with its
 * token), serves this very slides.md and has taken it in as it is on disk; else undefined. A
 * record left by a dev server that died is ignored.
 */
export async function runningDevServer(slides: string, root: string): Promise<string | undefined> {
  const record = await readDevRecord(devRecordFile(root, slides))
  if (!record || record.slides !== path.resolve(slides) || !alive(record.pid)) return undefined
  if (!(await knowsToken(record.url, record.token))) return undefined
  return (await inSync(record.url, slides)) ? record.url : undefined
}

/** Remove the record when `talkdeck dev` ends, unless another dev server of the deck has written its own since. */
export async function removeDevRecord(file: string, token: string): Promise<void> {
  if ((await readDevRecord(file))?.token === token) await rm(file, { force: true })
}
