// Slidev's server in the mode `slidev export` serves in, where the deck has its /print view (every
// slide on one page, as Slidev's exporter prints it).
//   node print-server.mjs <slides.md> <port> [--idle-minutes N --state FILE]
// With --idle-minutes it is a kept server (scripts/lib/slidev/kept.ts): it stays up for the next
// check or export, which then finds every module already compiled, and stops itself after N
// minutes without a request, removing FILE if FILE still names it. A kept server has a token
// (in $TALKDECK_SERVER_TOKEN): it answers /@talkdeck/identity with it, and stops when a POST to
// /@talkdeck/stop carries it, which is how kept.ts knows and stops it without signalling a pid.
// Plain JavaScript, so that it starts without a TypeScript loader: it is on export's critical path.
import { createHash } from 'node:crypto'
import { readFileSync, rmSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { createServer, parser, resolveOptions } from '@slidev/cli'

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { 'idle-minutes': { type: 'string' }, state: { type: 'string' } },
})
const [entry, port] = positionals
const options = await resolveOptions({ entry }, 'export')
// It answers with the hash of the slides.md it serves, so that a kept server is used only once it
// has taken in the file as it is on disk (see kept.ts).
const deckHash = {
  name: 'talkdeck:deck-hash',
  configureServer: s =>
    void s.middlewares.use('/@talkdeck/deck-hash', (_req, res) =>
      res.end(createHash('sha256').update(options.data.entry.raw).digest('hex')),
    ),
}
// Take in a changed slides.md, as `slidev` (dev) does. A change that needs a new server (theme,
// fonts, router, features…) is refused: the hash then stays stale and kept.ts starts afresh.
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b)
const loadData = async source => {
  const old = options.data
  const loaded = await parser.load(options, options.entry, source, 'export')
  const config = parser.resolveConfig(loaded.headmatter, old.themeMeta, options.entry)
  const restart = [
    'theme',
    'monaco',
    'routerMode',
    'fonts',
    'css',
    'mdc',
    'editor',
    'seoMeta',
    'canvasWidth',
    'aspectRatio',
    'colorSchema',
  ]
  if (
    !same(loaded.headmatter.theme ?? 'default', options.themeRaw) ||
    !same(loaded.features, old.features) ||
    restart.some(k => !same(config[k], old.config[k]))
  )
    return false
  return { ...loaded, themeMeta: old.themeMeta, config }
}
const token = process.env.TALKDECK_SERVER_TOKEN
const identity = {
  name: 'talkdeck:identity',
  configureServer: s => {
    if (!token) return
    s.middlewares.use('/@talkdeck/identity', (_req, res) => res.end(token))
    s.middlewares.use('/@talkdeck/stop', (req, res) => {
      if (req.method !== 'POST' || req.headers['x-talkdeck-token'] !== token) return void res.writeHead(403).end()
      res.end('stopping')
      stop()
    })
  },
}
const server = await createServer(
  options,
  {
    server: { port: Number(port), strictPort: true },
    clearScreen: false,
    logLevel: 'warn',
    plugins: [deckHash, identity],
  },
  { loadData },
)
await server.listen()

const forget = () => {
  if (!values.state) return
  try {
    if (JSON.parse(readFileSync(values.state, 'utf8')).token === token) rmSync(values.state, { force: true })
  } catch {}
}
const stop = () => {
  forget()
  server.close().finally(() => process.exit(0))
}
process.once('SIGTERM', stop)
process.once('SIGINT', stop)

if (values['idle-minutes']) {
  const idleMs = Number(values['idle-minutes']) * 60_000
  let last = Date.now()
  server.httpServer?.on('request', () => (last = Date.now()))
  setInterval(() => Date.now() - last > idleMs && stop(), 5_000).unref()
}
