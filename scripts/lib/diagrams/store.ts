// Rendered Mermaid diagrams on disk, one SVG per diagram, named by the hash of what drew it
// (its code and the whole Mermaid configuration). A changed diagram has a new name, so a stale
// drawing is never served; a `generation` folder (Mermaid's and the font's versions) is dropped
// whole when either changes.
import { createHash } from 'node:crypto'
import { readdir, readFile, rm, stat, utimes } from 'node:fs/promises'
import path from 'node:path'
import { writeAtomic } from '../write.ts'

export const KEY = /^[0-9a-f]{64}$/
/** The most diagrams kept; the least recently used go first. */
export const MAX_ENTRIES = 400
/** The largest SVG stored. */
export const MAX_BYTES = 4 * 1024 * 1024

export interface DiagramStore {
  get: (key: string) => Promise<string | undefined>
  put: (key: string, svg: string) => Promise<boolean>
  dir: string
}

/** A store under `cacheDir`, for drawings made with these renderer versions. */
export function diagramStore(cacheDir: string, versions: Record<string, string>): DiagramStore {
  const generation = createHash('sha256').update(JSON.stringify(versions)).digest('hex').slice(0, 16)
  const dir = path.join(cacheDir, generation)
  const file = (key: string) => path.join(dir, `${key}.svg`)
  let pruned = false
  const prune = async () => {
    if (!pruned) {
      pruned = true
      const others = (await readdir(cacheDir).catch(() => [])).filter(d => d !== generation)
      await Promise.all(others.map(d => rm(path.join(cacheDir, d), { recursive: true, force: true })))
    }
    const names = (await readdir(dir).catch(() => [])).filter(n => n.endsWith('.svg'))
    if (names.length <= MAX_ENTRIES) return
    const dated = await Promise.all(
      names.map(async n => ({ n, t: (await stat(path.join(dir, n)).catch(() => undefined))?.mtimeMs ?? 0 })),
    )
    dated.sort((a, b) => a.t - b.t)
    await Promise.all(dated.slice(0, names.length - MAX_ENTRIES).map(({ n }) => rm(path.join(dir, n), { force: true })))
  }
  return {
    dir,
    async get(key) {
      if (!KEY.test(key)) return undefined
      const svg = await readFile(file(key), 'utf8').catch(() => undefined)
      if (svg !== undefined) {
        const now = new Date()
        await utimes(file(key), now, now).catch(() => {}) // recently used
      }
      return svg
    },
    async put(key, svg) {
      if (!KEY.test(key) || svg.length > MAX_BYTES || !/^\s*<svg[\s>]/.test(svg)) return false
      await writeAtomic(file(key), svg)
      await prune()
      return true
    },
  }
}
