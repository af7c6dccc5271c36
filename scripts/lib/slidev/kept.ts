// A kept print server: the first check or export of a deck leaves Slidev's server running (it
// stops itself after some idle minutes), and the next one reuses it, so Vite's compiled modules,
// its dependency scan and Slidev's parsed deck are all ready. Slidev watches slides.md, so a
// kept server serves the deck as it is now. A server started by other code (a different
// lockfile, Vite config or talkdeck version) is stopped and replaced, never reused.
//
// Runs at once (two exports of one deck) take turns: a lock on the deck's state file guards
// finding, stopping and starting its server, so there is one server per deck, and `stop` sees it.
// The state file outlives the server (and reboots): a server is trusted only when it answers at
// its address with the token the state file holds, and it is stopped over HTTP with that token.
// No process is ever signalled: a pid in the state file may belong to anything by now.
import { spawn } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { closeSync, mkdirSync, openSync, readFileSync } from 'node:fs'
import { readdir, readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import lockfile from 'proper-lockfile'
import { TalkdeckError } from '../errors.ts'
import { stopOnInterrupt } from '../interrupt.ts'
import { writeAtomic } from '../write.ts'
import { projectKey } from '../inputs.ts'
import { letGo, LINK_ENV, linkedArgs, linkedStdio, unrefLink } from './parent-link.ts'
import { answers, freePort, PRINT_SERVER, untilAnswers, type DevServer } from './serve.ts'

/** Where a print server answers with the hash of the slides.md it is serving. */
export const DECK_HASH_URL = '/@talkdeck/deck-hash'
/** Where a kept server answers with its token, and where it takes the token to stop (see print-server.mjs). */
export const IDENTITY_URL = '/@talkdeck/identity'
export const STOP_URL = '/@talkdeck/stop'
export const TOKEN_ENV = 'TALKDECK_SERVER_TOKEN'

export const IDLE_MINUTES = 15

interface KeptState {
  pid: number
  url: string
  slides: string
  key: string
  token: string
}

export const serversDir = (root: string) => path.join(root, '.talkdeck', 'servers')
const stateFile = (root: string, slides: string) =>
  path.join(serversDir(root), `${path.basename(path.dirname(slides))}.json`)

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
export async function keptServer(
  slides: string,
  root: string,
  timeoutMs = 120_000,
): Promise<DevServer & { reused: boolean }> {
  const file = stateFile(root, slides)
  // Any change to the project's components, setup, styles, Vite config, packages or talkdeck's
  // own code retires the server; slides.md it follows itself (see inSync).
  const key = await projectKey(root, [process.version])
  return withLock(file, timeoutMs, async () => {
    const kept = await readState(file)
    if (kept && (await isKept(kept))) {
      if (kept.key === key && kept.slides === slides && (await inSync(kept.url, slides)))
        return { url: kept.url, stop: async () => {}, reused: true }
      await stopKept(kept)
    }
    return { url: await startKept(file, slides, root, key, timeoutMs), stop: async () => {}, reused: false }
  })
}

async function startKept(file: string, slides: string, root: string, key: string, timeoutMs: number): Promise<string> {
  const log = file.replace(/\.json$/, '.log')
  const out = openSync(log, 'w')
  const port = await freePort()
  const token = randomBytes(16).toString('hex')
  const child = spawn(
    process.execPath,
    linkedArgs(PRINT_SERVER, [slides, String(port), '--idle-minutes', String(IDLE_MINUTES), '--state', file]),
    {
      cwd: root,
      detached: true,
      env: { ...process.env, [TOKEN_ENV]: token, ...LINK_ENV },
      stdio: linkedStdio(['ignore', out, out]),
    },
  )
  closeSync(out)
  child.unref()
  unrefLink(child)
  // Until it is recorded, a server being started is this run's: it dies with this process (even
  // one killed outright, which no one could then stop), and Ctrl-C stops it.
  const forget = stopOnInterrupt(async () => child.kill('SIGKILL'))
  try {
    const url = `http://localhost:${port}`
    await untilAnswers(
      child,
      url,
      timeoutMs,
      () => readFileSync(log, 'utf8'),
      `its whole output is in ${log}; \`npm run dev\` shows the deck and Slidev's errors`,
    )
    await writeAtomic(file, `${JSON.stringify({ pid: child.pid!, url, slides, key, token } satisfies KeptState)}\n`)
    letGo(child)
    return url
  } finally {
    forget()
  }
}

/** Run `work` holding the lock of this deck's state file; runs of other processes wait their turn. */
async function withLock<T>(file: string, timeoutMs: number, work: () => Promise<T>): Promise<T> {
  mkdirSync(path.dirname(file), { recursive: true })
  const release = await lockfile
    .lock(file, {
      realpath: false,
      stale: 30_000,
      update: 5_000,
      retries: { retries: Math.ceil(timeoutMs / 500), factor: 1, minTimeout: 500, maxTimeout: 500 },
      // A lock found stale (its holder stalled past 30 s) only means two runs may overlap.
      onCompromised: () => {},
    })
    .catch((error: unknown) => {
      throw new TalkdeckError({
        code: 'E_SERVER_LOCK',
        message: `another check or export of this deck has held ${path.basename(file)}.lock for ${Math.round(timeoutMs / 1000)} s: ${(error as Error).message}`,
        hint: `wait for it to finish, or stop it; a lock left by a run that died goes stale after 30 s`,
      })
    })
  try {
    return await work()
  } finally {
    await release().catch(() => {})
  }
}

async function readState(file: string): Promise<KeptState | undefined> {
  const kept = await readFile(file, 'utf8').then(
    t => JSON.parse(t) as Partial<KeptState>,
    () => undefined,
  )
  return kept && typeof kept.url === 'string' && typeof kept.token === 'string' ? (kept as KeptState) : undefined
}

/** Whether the server at the state's address is the one the state file names: it knows the token. */
const isKept = (kept: KeptState) => knowsToken(kept.url, kept.token)

/** Whether the server at `url` is the one a state file names: it answers with the token. */
export async function knowsToken(url: string, token: string): Promise<boolean> {
  const said = await fetch(`${url}${IDENTITY_URL}`, { signal: AbortSignal.timeout(3_000) }).then(
    r => (r.ok ? r.text() : undefined),
    () => undefined,
  )
  return said === token
}

/** Ask a kept server to stop, with its token, and wait until it has. */
async function stopKept(kept: KeptState): Promise<void> {
  await fetch(`${kept.url}${STOP_URL}`, {
    method: 'POST',
    headers: { 'x-talkdeck-token': kept.token },
    signal: AbortSignal.timeout(3_000),
  }).catch(() => {})
  for (let i = 0; i < 50 && (await answers(kept.url)); i++) await new Promise(resolve => setTimeout(resolve, 100))
}

/**
 * Whether the server has taken in slides.md as it is on disk now: Slidev's watcher sees a change
 * a moment after it is written, so wait a little for it; a server that never catches up is
 * not used (a stale deck must never be printed).
 */
export async function inSync(url: string, slides: string, timeoutMs = 5_000): Promise<boolean> {
  const want = createHash('sha256').update(readFileSync(slides, 'utf8')).digest('hex')
  const started = Date.now()
  do {
    const has = await fetch(`${url}${DECK_HASH_URL}`).then(
      r => (r.ok ? r.text() : undefined),
      () => undefined,
    )
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
  for (const name of (await readdir(dir).catch(() => [])).filter(n =>
    deck ? n === `${deck}.json` : n.endsWith('.json'),
  )) {
    const file = path.join(dir, name)
    await withLock(file, 120_000, async () => {
      const kept = await readState(file)
      if (kept && (await isKept(kept))) {
        await stopKept(kept)
        stopped += 1
      }
      await rm(file, { force: true })
    })
  }
  return stopped
}
