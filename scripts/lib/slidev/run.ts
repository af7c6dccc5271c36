import { spawn, type ChildProcess } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'

const require = createRequire(import.meta.url)

/** The Slidev CLI of this project's node_modules. */
export function slidevBin(): string {
  return path.join(path.dirname(require.resolve('@slidev/cli/package.json')), 'bin', 'slidev.mjs')
}

export interface SlidevRun {
  code: number | null
  signal: NodeJS.Signals | null
  output: string
  timedOut: boolean
}

export interface RunOptions {
  cwd: string
  env?: NodeJS.ProcessEnv
  /** Kill Slidev after this long; a hung browser must not hang talkdeck. */
  timeoutMs?: number
  /** Echo Slidev's output as it comes. */
  echo?: boolean
}

/** Run `slidev <args>` to its end, collecting what it prints. */
export function runSlidev(args: string[], options: RunOptions): Promise<SlidevRun> {
  return new Promise((resolve, reject) => {
    const child = startSlidev(args, { ...options, detached: true })
    let output = ''
    let timedOut = false
    const collect = (chunk: Buffer) => {
      output += chunk.toString()
      if (options.echo) process.stderr.write(chunk)
    }
    child.stdout?.on('data', collect)
    child.stderr?.on('data', collect)
    // Slidev runs in its own process group, so that stopping it also stops the browser it started.
    const killAll = () => {
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {
        child.kill('SIGKILL')
      }
    }
    const timer = options.timeoutMs
      ? setTimeout(() => {
          timedOut = true
          killAll()
        }, options.timeoutMs)
      : undefined
    process.once('SIGINT', killAll)
    child.on('error', reject)
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer)
      process.off('SIGINT', killAll)
      resolve({ code, signal, output, timedOut })
    })
  })
}

/** Start `slidev <args>` and hand back the process (for the dev server, which runs until stopped). */
export function startSlidev(args: string[], options: RunOptions & { inherit?: boolean; detached?: boolean }): ChildProcess {
  return spawn(process.execPath, [slidevBin(), ...args], {
    cwd: options.cwd,
    detached: options.detached,
    env: { ...process.env, ...options.env },
    stdio: options.inherit ? 'inherit' : ['ignore', 'pipe', 'pipe'],
  })
}
