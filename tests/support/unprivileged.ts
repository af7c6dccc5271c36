// File permissions bind an ordinary user, not root: when the tests run as root, the CLI runs as
// `nobody` over a folder that `nobody` owns, so `chmod` means what it means for a speaker.
import { chownSync, readdirSync } from 'node:fs'
import path from 'node:path'

const NOBODY = 65534
const isRoot = process.getuid?.() === 0

/** Spawn options that run a child as an ordinary user. */
export const ordinaryUser = isRoot ? { uid: NOBODY, gid: NOBODY } : {}

/** Hand `dir` (and all it holds) to the user the CLI runs as. */
export function handOver(dir: string): void {
  if (!isRoot) return
  chownSync(dir, NOBODY, NOBODY)
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) handOver(file)
    else chownSync(file, NOBODY, NOBODY)
  }
}
