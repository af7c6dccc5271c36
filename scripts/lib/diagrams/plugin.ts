// The dev server's side of the diagram cache (setup/mermaid-renderer.ts is the page's side):
// GET /@talkdeck/diagrams/<key>.svg answers a drawing made before, PUT stores a new one.
import type { IncomingMessage } from 'node:http'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { Plugin } from 'vite'
import { DIAGRAMS_URL } from '../contract.ts'
import { sameOrigin } from '../slidev/same-origin.ts'
import { theme } from '../theme.ts'
import { diagramStore, MAX_BYTES } from './store.ts'

export function diagramCache(projectRoot: string): Plugin {
  const require = createRequire(path.join(projectRoot, 'package.json'))
  const version = (pkg: string) => (require(`${pkg}/package.json`) as { version: string }).version
  // TALKDECK_DIAGRAMS moves the cache (tests keep theirs apart from the project's).
  const store = diagramStore(process.env.TALKDECK_DIAGRAMS ?? path.join(projectRoot, '.talkdeck', 'diagrams'), {
    mermaid: version('mermaid'),
    font: version(theme.font.faces[1].package),
    renderer: '1',
  })
  return {
    name: 'talkdeck:diagram-cache',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use(DIAGRAMS_URL, (req, res, next) => {
        const key = /^\/([0-9a-f]{64})\.svg$/.exec(req.url ?? '')?.[1]
        if (!key) return next()
        if (!sameOrigin(req)) {
          res.statusCode = 403
          return res.end()
        }
        const answer = async () => {
          if (req.method === 'GET') {
            const svg = await store.get(key)
            res.statusCode = svg === undefined ? 404 : 200
            res.setHeader('Content-Type', 'image/svg+xml')
            res.setHeader('Cache-Control', 'no-store')
            return res.end(svg)
          }
          if (req.method === 'PUT') {
            const body = await readBody(req, MAX_BYTES)
            res.statusCode = body !== undefined && (await store.put(key, body)) ? 204 : 400
            return res.end()
          }
          res.statusCode = 405
          res.end()
        }
        answer().catch(next)
      })
    },
  }
}

function readBody(req: IncomingMessage, limit: number): Promise<string | undefined> {
  return new Promise(resolve => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        resolve(undefined)
        req.destroy()
      } else chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', () => resolve(undefined))
  })
}
