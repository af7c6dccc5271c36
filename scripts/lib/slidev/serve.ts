// Slidev's server on a free port, for check and export runs and tests: ready once it answers.
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'
import { TalkdeckError } from '../errors.ts'
import { stopOnInterrupt } from '../interrupt.ts'
import { startSlidev } from './bin.ts'
import { LINK_ENV, linkedArgs, linkedStdio, unrefLink } from './parent-link.ts'

export interface DevServer {
  url: string
  stop: () => Promise<void>
}

export interface ServeOptions {
  /**
   * `dev`: Slidev's dev server, as `slidev` runs it. `print`: the mode `slidev export` serves in,
   * with the /print view that shows every slide on one page.
   */
  mode?: 'dev' | 'print'
  timeoutMs?: number
  /** Echo the server's output to stderr as it comes. */
  echo?: boolean
}

export const PRINT_SERVER = fileURLToPath(new URL('./print-server.mjs', import.meta.url))

/** Serve `slides` with Slidev; resolves once it answers. */
export async function serveDeck(
  slides: string,
  root: string,
  { mode = 'dev', timeoutMs = 120_000, echo = false }: ServeOptions = {},
): Promise<DevServer> {
  const port = await freePort()
  const child =
    mode === 'print'
      ? spawn(process.execPath, linkedArgs(PRINT_SERVER, [slides, String(port)]), {
          cwd: root,
          env: { ...process.env, ...LINK_ENV },
          stdio: linkedStdio(['ignore', 'pipe', 'pipe']),
        })
      : startSlidev([slides, '--port', String(port), '--open', 'false'], { cwd: root })
  unrefLink(child)
  let output = ''
  const collect = (chunk: Buffer) => {
    output += chunk
    if (echo) process.stderr.write(chunk)
  }
  child.stdout?.on('data', collect)
  child.stderr?.on('data', collect)
  const forget = stopOnInterrupt(() => stop(child))
  const server = { url: `http://localhost:${port}`, stop: () => stop(child).finally(forget) }
  await untilAnswers(child, server.url, timeoutMs, () => output).catch(async (error: unknown) => {
    await server.stop()
    throw error
  })
  return server
}

/**
 * Wait until the Slidev server `child` answers at `url`. One that exits first, or stays silent
 * past `timeoutMs` (it is then killed), is an error quoting the end of its output.
 */
export async function untilAnswers(
  child: ChildProcess,
  url: string,
  timeoutMs: number,
  output: () => string,
  hint?: string,
): Promise<void> {
  const started = Date.now()
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw failed(`Slidev's server exited (${child.exitCode ?? child.signalCode})`, output(), hint)
    if (Date.now() - started > timeoutMs) {
      child.kill('SIGKILL')
      throw failed(`Slidev's server did not answer in ${Math.round(timeoutMs / 1000)} s`, output(), hint)
    }
    if (await answers(url)) return
    await new Promise(resolve => setTimeout(resolve, 200))
  }
}

/** Whether a server answers at this address. */
export function answers(url: string): Promise<boolean> {
  return fetch(url).then(
    r => r.ok,
    () => false,
  )
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise(resolve => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    const force = setTimeout(() => child.kill('SIGKILL'), 5000)
    child.once('close', () => {
      clearTimeout(force)
      resolve()
    })
    child.kill('SIGTERM')
  })
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port')),
      )
    })
  })
}

function failed(
  what: string,
  output: string,
  hint = "run `npm run dev` to see the deck and Slidev's errors",
): TalkdeckError {
  const tail = output
    .replace(/\x1b\[[0-9;]*m/g, '')
    .trim()
    .split('\n')
    .slice(-15)
    .map(l => `    ${l}`)
    .join('\n')
  return new TalkdeckError({
    code: 'E_SLIDEV_SERVER',
    message: `${what}:\n${tail}`,
    hint,
  })
}
