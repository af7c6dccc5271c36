import { randomBytes } from 'node:crypto'
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * Write a file so that readers see the old content or the new, never half of either. Each write
 * has its own temporary file, so writes to one file at once (from one process or several) each
 * land whole, the last rename winning.
 */
export async function writeAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await replaceAtomic(file, data, async () => true)
}

/**
 * writeAtomic, but only if `still()` says yes once the new content is ready to be renamed into
 * place (the file is as the writer last read it, say): the moment between is as short as it can
 * be. Resolves whether it wrote.
 */
export async function replaceAtomic(
  file: string,
  data: string | Uint8Array,
  still: () => Promise<boolean>,
): Promise<boolean> {
  await mkdir(path.dirname(file), { recursive: true })
  const tmp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
  )
  try {
    await writeFile(tmp, data)
    if (!(await still())) {
      await rm(tmp, { force: true })
      return false
    }
    await rename(tmp, file)
  } catch (error) {
    await rm(tmp, { force: true })
    throw error
  }
  await removeLeftovers(file)
  return true
}

/**
 * A write killed before its rename (kill -9, a crash, a power cut) leaves its temporary file:
 * the next write of the same file removes those of processes that no longer run. One of a
 * process that runs (this one, or another writing now) is left alone.
 */
async function removeLeftovers(file: string): Promise<void> {
  const dir = path.dirname(file)
  const prefix = `.${path.basename(file)}.`
  const names = await readdir(dir).catch(() => [])
  for (const name of names) {
    if (!name.startsWith(prefix)) continue
    const pid = /^(\d+)-[0-9a-f]{8}\.tmp$/.exec(name.slice(prefix.length))?.[1]
    if (pid !== undefined && !running(Number(pid))) await rm(path.join(dir, name), { force: true }).catch(() => {})
  }
}

function running(pid: number): boolean {
  if (pid === process.pid) return true
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM' // runs, as another user
  }
}
