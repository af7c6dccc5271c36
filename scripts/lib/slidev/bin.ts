import { spawn, type ChildProcess } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { LINK_ENV, linkedArgs, linkedStdio, unrefLink } from './parent-link.ts'

const require = createRequire(import.meta.url)

/** The Slidev CLI of this project's node_modules. */
export function slidevBin(): string {
  return path.join(path.dirname(require.resolve('@slidev/cli/package.json')), 'bin', 'slidev.mjs')
}

export interface RunOptions {
  cwd: string
  env?: NodeJS.ProcessEnv
}

/**
 * Start `slidev <args>` and hand back the process (for the dev server, which runs until stopped).
 * It stops when this process dies, however it dies (parent-link.ts).
 */
export function startSlidev(args: string[], options: RunOptions & { inherit?: boolean }): ChildProcess {
  const child = spawn(process.execPath, linkedArgs(slidevBin(), args), {
    cwd: options.cwd,
    env: { ...process.env, ...options.env, ...LINK_ENV },
    stdio: linkedStdio(options.inherit ? ['inherit', 'inherit', 'inherit'] : ['ignore', 'pipe', 'pipe']),
  })
  unrefLink(child)
  return child
}
