// Only the deck's own pages may change anything through Slidev's servers. Slidev saves slides.md
// on a POST to /__slidev/slides/N.json (its editor, the presenter's notes), vite-plugin-vue-server-ref
// on a POST to /@server-ref/… (drawings), talkdeck on its own routes; a page of any other site
// open in the same browser can send such a POST too (a text/plain one needs no CORS preflight).
// So every request that is not a plain read is refused unless it comes from the server's own
// origin. Vite itself refuses a Host that is not this machine's (server.allowedHosts), so a
// rebound DNS name cannot pose as the same origin.
import type { IncomingMessage } from 'node:http'
import type { Plugin } from 'vite'

const READS = new Set(['GET', 'HEAD'])

/**
 * Whether a request comes from a page of this server's own origin, or from no browser page at all
 * (a tool such as curl, or talkdeck itself, sends neither Origin nor Sec-Fetch-Site).
 */
export function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin
  const site = req.headers['sec-fetch-site']
  if (site !== undefined && site !== 'same-origin') return false
  if (origin === undefined) return true
  try {
    return new URL(origin).host === req.headers.host
  } catch {
    return false // "null": a sandboxed frame, a file:// page
  }
}

/** A Vite plugin that answers 403 to a write (any method but GET and HEAD) from another origin. */
export function sameOriginWrites(): Plugin {
  return {
    name: 'talkdeck:same-origin-writes',
    apply: 'serve',
    // Before Slidev's own middlewares, which are registered by its `pre` plugins after this one.
    enforce: 'pre',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (READS.has(req.method ?? 'GET') || sameOrigin(req)) return next()
        res.statusCode = 403
        res.setHeader('Content-Type', 'text/plain')
        res.end('talkdeck: a write from another origin is refused\n')
      })
    },
  }
}
