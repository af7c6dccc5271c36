// The dev server's side of "export uses the running dev server" (./running.ts reads what this
// writes). Only `talkdeck dev` turns it on: it names a record file, a token and the deck's
// slides.md in the environment of Slidev's dev server. The server then
// - records itself (pid, URL, slides.md, token) in the record file once it listens,
// - answers /@talkdeck/identity with its token, as a kept print server does,
// - answers /@talkdeck/deck-hash with the hash of the slides.md it last took in,
// - has Slidev's print view (/print), which Slidev serves only when it exports.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import type { Plugin } from 'vite'
import { writeAtomic } from '../write.ts'
import { DECK_HASH_URL, IDENTITY_URL } from '../slidev/kept.ts'

export const DEV_RECORD_ENV = 'TALKDECK_DEV_RECORD'
export const DEV_TOKEN_ENV = 'TALKDECK_DEV_TOKEN'
export const DEV_SLIDES_ENV = 'TALKDECK_DEV_SLIDES'

/** What a running `talkdeck dev` leaves in .talkdeck/dev-servers/<deck>.json. */
export interface DevRecord {
  pid: number
  url: string
  slides: string
  token: string
}

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex')

export function devServerRecord(env = process.env): Plugin {
  const file = env[DEV_RECORD_ENV]
  const token = env[DEV_TOKEN_ENV]
  const slides = env[DEV_SLIDES_ENV] && path.resolve(env[DEV_SLIDES_ENV])
  const on = Boolean(file && token && slides)
  let hash: string | undefined
  return {
    name: 'talkdeck:dev-server-record',
    apply: 'serve',
    // After Slidev's own config: the print route is compiled in only when this flag is on.
    config: { order: 'post', handler: () => (on ? { define: { __SLIDEV_FEATURE_PRINT__: 'true' } } : undefined) },
    configureServer(server) {
      if (!on) return
      hash = hashOf(readFileSync(slides!, 'utf8'))
      server.middlewares.use(IDENTITY_URL, (_req, res) => res.end(token))
      server.middlewares.use(DECK_HASH_URL, (_req, res) => (hash ? res.end(hash) : void res.writeHead(503).end()))
      server.httpServer?.once('listening', () => {
        const { port } = server.httpServer!.address() as AddressInfo
        const record: DevRecord = { pid: process.pid, url: `http://localhost:${port}`, slides: slides!, token: token! }
        void writeAtomic(file!, `${JSON.stringify(record)}\n`).catch(() => {})
      })
    },
    // Slidev's loader (a `pre` plugin) has taken the file in by the time this runs. From the disk,
    // not ctx.read(): the Markdown plugin has made that read return the slide's Vue code.
    async handleHotUpdate(ctx) {
      if (on && path.resolve(ctx.file) === slides) hash = hashOf(await readFile(slides, 'utf8'))
    },
  }
}
