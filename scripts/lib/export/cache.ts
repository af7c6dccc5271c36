// The last export that passed the check, kept under .talkdeck/cache/<deck>/ by the key of
// everything it depends on: when none of it changed, that file is the answer. One folder per
// deck, so no deck's name is a prefix of another's files. The legibility warnings its check
// printed are kept beside it (`<file>.warnings`), to be printed again when it is reused.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { writeAtomic } from '../write.ts'

export function cachedExportPath(root: string, deck: string, key: string, extension: string): string {
  return path.join(root, '.talkdeck', 'cache', deck, `${key}.${extension}`)
}

/** Keep this output as the deck's one cached export in this format, with the warnings its check gave. */
export async function rememberExport(cached: string, output: Uint8Array, warnings?: string): Promise<void> {
  const dir = path.dirname(cached)
  const ext = path.extname(cached)
  const ours = [cached, warningsPath(cached)]
  const stale = (await readdir(dir).catch(() => [])).filter(
    f => (f.endsWith(ext) || f.endsWith(`${ext}.warnings`)) && !ours.includes(path.join(dir, f)),
  )
  await Promise.all(stale.map(f => rm(path.join(dir, f), { force: true })))
  await writeAtomic(cached, output)
  if (warnings) await writeFile(warningsPath(cached), warnings)
  else await rm(warningsPath(cached), { force: true })
}

/** The warnings the cached export's check gave, if any. */
export async function cachedWarnings(cached: string): Promise<string | undefined> {
  return readFile(warningsPath(cached), 'utf8').catch(() => undefined)
}

const warningsPath = (cached: string) => `${cached}.warnings`
