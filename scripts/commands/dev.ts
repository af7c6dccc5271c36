import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { TalkdeckError } from '../lib/errors.ts'
import { stopOnInterrupt } from '../lib/interrupt.ts'
import { deckPaths, type DeckPaths } from '../lib/project.ts'
import { startSlidev } from '../lib/slidev/bin.ts'
import { watchFiles } from '../lib/watch.ts'
import { buildDeck } from '../lib/build-deck.ts'
import type { Which } from '../lib/merge/merge.ts'
import { removeOutlineStatus, STATUS_ENV, writeOutlineStatus } from '../lib/dev/outline-status.ts'
import { REHEARSALS_ENV } from '../lib/rehearsal/plugin.ts'
import { devRecordFile, removeDevRecord } from '../lib/dev/running.ts'
import { DEV_RECORD_ENV, DEV_SLIDES_ENV, DEV_TOKEN_ENV } from '../lib/dev/server-plugin.ts'

export interface DevOptions {
  port?: number
  open?: boolean
  force?: Which
  log: (line: string) => void
}

/**
 * Build the deck, serve it with Slidev's dev server, and rebuild it whenever the outline is
 * saved: Slidev's hot reload shows the change. An outline that stops being valid is reported
 * and the last good deck keeps being served. Resolves to Slidev's exit code.
 */
export async function devDeck(paths: DeckPaths, options: DevOptions): Promise<number> {
  const { log } = options
  const first = await buildDeck(paths, { force: options.force, log })
  const args = [paths.slides, '--open', String(options.open ?? false)]
  if (options.port) args.push('--port', String(options.port))
  // Where the open pages learn that the outline broke (scripts/lib/dev/outline-status.ts).
  const status = path.join(paths.root, '.talkdeck', 'dev', `${process.pid}.txt`)
  await writeOutlineStatus(status, '')
  // Where the server records itself, so that check and export of this deck render through it.
  const record = devRecordFile(paths.root, paths.slides)
  const token = randomBytes(16).toString('hex')
  const child = startSlidev(args, {
    cwd: paths.root,
    inherit: true,
    env: {
      [STATUS_ENV]: status,
      [REHEARSALS_ENV]: path.join(paths.dir, 'rehearsals'),
      [DEV_RECORD_ENV]: record,
      [DEV_TOKEN_ENV]: token,
      [DEV_SLIDES_ENV]: paths.slides,
    },
  })
  const ended = () => Promise.all([removeOutlineStatus(status), removeDevRecord(record, token)])

  const outline = path.relative(process.cwd(), paths.outline)
  // The outline, public/, where the images it names live, and the outline a translation translates.
  const source = first.translation ? [deckPaths(paths.root, first.translation.report.source).outline] : []
  const watcher = watchFiles([paths.outline, paths.publicDir, ...source], async () => {
    const started = performance.now()
    try {
      const result = await buildDeck(paths, { log })
      const took = `${Math.round(performance.now() - started)} ms`
      log(
        result.changed
          ? `talkdeck: ${outline} changed, slides rebuilt in ${took}`
          : `talkdeck: ${outline} saved, slides unchanged`,
      )
      await writeOutlineStatus(status, '')
    } catch (error) {
      const message = error instanceof TalkdeckError ? error.message : String(error)
      log(`${message}\ntalkdeck: still serving the last good slides; fix ${outline} and save again`)
      await writeOutlineStatus(status, message).catch(() => {})
    }
  })
  log(`talkdeck: watching ${outline}`)

  const closed = new Promise<number>(resolve => child.on('close', c => resolve(c ?? 0)))
  // Ctrl-C stops Slidev (the CLI then exits 130).
  const forget = stopOnInterrupt(async () => {
    child.kill('SIGTERM')
    await Promise.all([closed, watcher.close()])
    await ended()
  })
  const code = await closed
  forget()
  await watcher.close()
  await ended()
  return code
}
