// The last export that passed the check, kept under .talkdeck/cache/ by the key of everything it
// depends on: when none of it changed, that file is the answer.
import { readdir, readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { writeAtomic } from '../write.ts'

export function cachedExportPath(root: string, deck: string, key: string, extension: string): string {
  return path.join(root, '.talkdeck', 'cache', `${deck}-${key}.${extension}`)
}

/** Keep this output as the deck's one cached export in this format. */
export async function rememberExport(cached: string, output: string, deck: string): Promise<void> {
  const dir = path.dirname(cached)
  const ext = path.extname(cached)
  const stale = (await readdir(dir).catch(() => [])).filter(f => f.startsWith(`${deck}-`) && f.endsWith(ext) && path.join(dir, f) !== cached)
  await Promise.all(stale.map(f => rm(path.join(dir, f), { force: true })))
  await writeAtomic(cached, await readFile(output))
}
