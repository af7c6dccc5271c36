import { spawnSync, type SpawnSyncOptions } from 'node:child_process'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

export const repo = path.resolve(import.meta.dirname, '..', '..')
/** tsx's loader by absolute URL, so the CLI runs from any working folder. */
export const TSX = pathToFileURL(path.join(repo, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href
export const CLI = path.join(repo, 'scripts', 'cli.ts')

/** `talkdeck <args>` as a user runs it, to its end. */
export function runCli(args: string[], options: SpawnSyncOptions = {}) {
  return spawnSync(process.execPath, ['--import', TSX, CLI, ...args], {
    cwd: repo,
    encoding: 'utf8',
    ...options,
  }) as ReturnType<typeof spawnSync> & {
    stdout: string
    stderr: string
  }
}
