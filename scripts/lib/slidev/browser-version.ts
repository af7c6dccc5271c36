// Which browser prints a PDF is more than its path: an upgrade in place changes how it prints.
// `<browser> --version` is asked once per browser file (its size and time), and remembered in
// .talkdeck/browsers.json, so a reused PDF costs no browser start.
import { execFile } from 'node:child_process'
import { readFile, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { writeAtomic } from '../write.ts'

interface Known {
  /** Size and modification time of the browser's file, when its version was asked. */
  file: string
  version: string
}

/** What the browser says its version is (or that it would not say), with its file's size and time. */
export async function browserVersion(executable: string, root: string): Promise<string> {
  const real = await realpath(executable).catch(() => executable)
  const info = await stat(real).catch(() => undefined)
  const file = info ? `${info.size} ${info.mtimeMs}` : 'missing'
  const store = path.join(root, '.talkdeck', 'browsers.json')
  const known = await readFile(store, 'utf8').then(
    t => JSON.parse(t) as Record<string, Known>,
    () => ({}) as Record<string, Known>,
  )
  let version = known[executable]?.file === file ? known[executable].version : undefined
  if (version === undefined) {
    version = await promisify(execFile)(executable, ['--version'], { timeout: 15_000 }).then(
      ({ stdout }) => stdout.trim(),
      () => 'unknown',
    )
    await writeAtomic(store, `${JSON.stringify({ ...known, [executable]: { file, version } }, null, 2)}\n`)
  }
  return `${version} (${file})`
}
