// A broken outline shown where the speaker is looking. `talkdeck dev` writes the located error
// of a save that broke the outline into a status file, and empties it once a save builds again;
// this plugin of Slidev's dev server (the file named by TALKDECK_OUTLINE_STATUS) passes it on to
// every open page (setup/main.ts shows it over the deck), and answers GET
// /@talkdeck/outline-status for a page opened while the outline is broken.
import { readFile, rm, writeFile, mkdir } from 'node:fs/promises'
import path from 'node:path'
import { watch } from 'chokidar'
import type { Plugin } from 'vite'
import { STATUS_EVENT, STATUS_URL, type OutlineStatus } from '../contract.ts'

export const STATUS_ENV = 'TALKDECK_OUTLINE_STATUS'

/** Record the outline's state for the open pages: its error, or '' once it builds. */
export async function writeOutlineStatus(file: string, error: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, error)
}

export const removeOutlineStatus = (file: string) => rm(file, { force: true })

export function outlineStatus(file: string | undefined = process.env[STATUS_ENV]): Plugin {
  let error = ''
  return {
    name: 'talkdeck:outline-status',
    apply: 'serve',
    configureServer(server) {
      if (!file) return
      const read = async () => {
        error = await readFile(file, 'utf8').catch(() => '')
        server.ws.send({ type: 'custom', event: STATUS_EVENT, data: { error } satisfies OutlineStatus })
      }
      const watcher = watch(file, { ignoreInitial: false })
      watcher.on('add', read).on('change', read).on('unlink', read)
      server.httpServer?.once('close', () => void watcher.close())
      // Read afresh for each request: the page's answer does not hang on the watcher's event.
      server.middlewares.use(STATUS_URL, (_req, res) => {
        void readFile(file, 'utf8')
          .catch(() => error)
          .then(current => {
            res.setHeader('Content-Type', 'application/json')
            res.setHeader('Cache-Control', 'no-store')
            res.end(JSON.stringify({ error: current } satisfies OutlineStatus))
          })
      })
    },
  }
}
