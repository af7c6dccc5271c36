import { startSlidev } from '../lib/slidev/run.ts'
import type { DeckPaths } from '../lib/project.ts'
import { buildDeck } from './build.ts'

export interface DevOptions {
  port?: number
  open?: boolean
  force?: boolean
  log: (line: string) => void
}

/** Build the deck, then serve it with Slidev's dev server until it is stopped. Resolves to its exit code. */
export async function devDeck(paths: DeckPaths, options: DevOptions): Promise<number> {
  await buildDeck(paths, { force: options.force, log: options.log })
  const args = [paths.slides, '--open', String(options.open ?? false)]
  if (options.port) args.push('--port', String(options.port))
  const child = startSlidev(args, { cwd: paths.root, inherit: true })
  const stop = () => child.kill('SIGTERM')
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  return new Promise(resolve => child.on('close', code => resolve(code ?? 0)))
}
