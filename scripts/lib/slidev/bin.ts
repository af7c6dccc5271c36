import { spawn, type ChildProcess } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'

const require = createRequire(import.meta.url)

/** The Slidev CLI of this project's node_modules. */
export function slidevBin(): string {
  return path.join(path.dirname(require.resolve('@slidev/cli/package.json')), 'bin', 'slidev.mjs')
}

export interface RunOptions {
  cwd: string
  env?: NodeJS.ProcessEnv
}

/** Start `slidev <args>` and hand back the process (for the dev server, which runs until stopped). */
export function startSlidev(
  args: string[],
  options: RunOptions & { inherit?: boolean; detached?: boolean },
): ChildProcess {
  return spawn(process.execPath, [slidevBin(), ...args], {
    cwd: options.cwd,
    detached: options.detached,
    env: { ...process.env, ...options.env },
    stdio: options.inherit ? 'inherit' : ['ignore', 'pipe', 'pipe'],
  })
}
