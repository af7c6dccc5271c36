// A kept print server: the first check or export of a deck leaves Slidev's server running (it
// stops itself after some idle minutes), and the next one reuses it, so Vite's compiled modules,
// its dependency scan and Slidev's parsed deck are all ready. Slidev watches slides.md, so a
// kept server serves the deck as it is now. A server started by other code (a different
// lockfile, Vite config or talkdeck version) is stopped and replaced, never reused.
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { closeSync, mkdirSync, openSync, readFileSync } from 'node:fs'
import { readdir, readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { writeAtomic } from '../write.ts'
import { projectKey } from '../inputs.ts'
import { freePort, PRINT_SERVER, untilAnswers, type DevServer } from './serve.ts'

/** Where a print server answers with the hash of the slides.md it is serving. */
export const DECK_HASH_URL = '/@talkdeck/deck-hash'

export const IDLE_MINUTES = 15

interface KeptState {
  pid: number
  url: string
  slides: string
  key: string
}

export const serversDir = (root: string) => path.join(root, '.talkdeck', 'servers')
const stateFile = (root: string, slides: string) => path.join(serversDir(root), `${path.basename(path.dirname(slides))}.json`)

/** Whether a process of this id is running. */
export const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** The kept server of this deck if one is up and fit to reuse; else a new one, left running. */
export async function keptServer(slides: string, root: string, timeoutMs = 120_000): Promise<DevServer & { reused: boolean }> {
  const file = stateFile(root, slides)
  // Any change to the project's components, setup, styles, Vite config, packages or talkdeck's
  // own code retires the server; slides.md it follows itself (see inSync).
  const key = await projectKey(root, [process.version])
  const kept = await readFile(file, 'utf8').then(t => JSON.parse(t) as KeptState, () => undefined)
  if (kept && alive(kept.pid)) {
    if (kept.key === key && kept.slides === slides && (await inSync(kept.url, slides))) return { url: kept.url, stop: async () => {}, reused: true }
    process.kill(kept.pid, 'SIGTERM')
  }

  mkdirSync(path.dirname(file), { recursive: true })
  const log = file.replace(/\.json$/, '.log')
  const out = openSync(log, 'w')
  const port = await freePort()
  const child = spawn(process.execPath, [PRINT_SERVER, slides, String(port), '--idle-minutes', String(IDLE_MINUTES), '--state', file], {
    cwd: root,
    detached: true,
    stdio: ['ignore', out, out],
  })
  closeSync(out)
  child.unref()
  const url = `http://localhost:${port}`
  await untilAnswers(child, url, timeoutMs, () => readFileSync(log, 'utf8'), `its whole output is in ${log}; \`npm run dev\` shows the deck and Slidev's errors`)
  await writeAtomic(file, `${JSON.stringify({ pid: child.pid!, url, slides, key } satisfies KeptState)}\n`)
  return { url, stop: async () => {}, reused: false }
}

/**
 * Whether the server has taken in slides.md as it is on disk now: Slidev's watcher sees a change
 * a moment after it is written, so wait a little for it; a server that never catches up is
 * not used (a stale deck must never be printed).
 */
async function inSync(url: string, slides: string, timeoutMs = 5_000): Promise<boolean> {
  const want = createHash('sha256').update(readFileSync(slides, 'utf8')).digest('hex')
  const started = Date.now()
  do {
    const has = await fetch(`${url}${DECK_HASH_URL}`).then(r => (r.ok ? r.text() : undefined), () => undefined)
    if (has === undefined) return false
    if (has === want) return true
    await new Promise(resolve => setTimeout(resolve, 50))
  } while (Date.now() - started < timeoutMs)
  return false
}

/** Stop the kept servers of this project (of one deck, if named); returns how many were running. */
export async function stopKeptServers(root: string, deck?: string): Promise<number> {
  const dir = serversDir(root)
  let stopped = 0
  for (const name of (await readdir(dir).catch(() => [])).filter(n => (deck ? n === `${deck}.json` : n.endsWith('.json')))) {
    const kept = await readFile(path.join(dir, name), 'utf8').then(t => JSON.parse(t) as KeptState, () => undefined)
    if (kept && alive(kept.pid)) {
      process.kill(kept.pid, 'SIGTERM')
      stopped += 1
    }
    await rm(path.join(dir, name), { force: true })
  }
  return stopped
}
