// The dev server's rehearsal route over real HTTP: a rehearsal from the deck's own page is saved
// beside the deck and read back as the clock's plan; one from another site, or one that is not
// a rehearsal, is refused unsaved.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { ViteDevServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rehearsals } from '../scripts/lib/rehearsal/plugin.ts'

type Handler = (req: IncomingMessage, res: ServerResponse, next: (e?: unknown) => void) => void
let dir: string
let server: Server
let url: string

beforeAll(async () => {
  dir = path.join(mkdtempSync(path.join(tmpdir(), 'talkdeck-route-')), 'rehearsals')
  let handler: Handler | undefined
  const fake = { middlewares: { use: (_: string, h: Handler) => (handler = h) } } as unknown as ViteDevServer
  const hook = rehearsals(dir).configureServer as (s: ViteDevServer) => void
  hook(fake)
  server = createServer((req, res) => handler!(req, res, () => ((res.statusCode = 500), res.end())))
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/@talkdeck/rehearsals`
})
afterAll(() => {
  server.close()
  rmSync(path.dirname(dir), { recursive: true, force: true })
})

const body = JSON.stringify({
  started: '2026-12-02T09:00:00.000Z',
  stretches: [{ slide: 1, id: 'cover', click: 0, ms: 1200 }],
})
const post = (data: string, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', body: data, headers: { 'Content-Type': 'application/json', ...headers } })

describe('POST /@talkdeck/rehearsals', () => {
  it('refuses another site and a body that is not a rehearsal, writing nothing', async () => {
    expect((await post(body, { Origin: 'http://evil.example' })).status).toBe(403)
    expect((await post('{"started":"now","stretches":[]}')).status).toBe(400)
    expect((await post('not json')).status).toBe(400)
    expect((await fetch(url, { method: 'DELETE' })).status).toBe(405)
    expect(existsSync(dir)).toBe(false)
  })

  it('saves a rehearsal from the same origin as rehearsals/<date-time>.json', async () => {
    const origin = new URL(url).origin
    const response = await post(body, { Origin: origin })
    expect(response.status).toBe(201)
    expect(await response.json()).toEqual({ file: '2026-12-02T09-00-00.json' })
    expect(readdirSync(dir)).toEqual(['2026-12-02T09-00-00.json'])
    expect(JSON.parse(readFileSync(path.join(dir, '2026-12-02T09-00-00.json'), 'utf8'))).toEqual(JSON.parse(body))
  })

  it("answers GET with the clock's plan: each slide's median over the rehearsals", async () => {
    const later = JSON.parse(body) as { started: string; stretches: { ms: number }[] }
    later.started = '2026-12-03T09:00:00.000Z'
    later.stretches[0]!.ms = 3000
    expect((await post(JSON.stringify(later))).status).toBe(201)
    expect(await (await fetch(url)).json()).toEqual({ rehearsals: 2, seconds: { cover: 2 } })
    expect((await fetch(url, { headers: { Origin: 'http://evil.example' } })).status).toBe(403)
  })
})
