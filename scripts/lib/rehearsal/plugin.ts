// The dev server's side of rehearsals: POST /@talkdeck/rehearsals with a rehearsal (JSON) from
// the presenter view writes it beside the deck, rehearsals/<date-time>.json; GET answers the plan
// the presenter's clock may take from them (each slide's median). Only the deck's own pages may
// ask (same origin); only `talkdeck dev` turns it on (it names the folder).
import { readdir, readFile } from 'node:fs/promises'
import type { IncomingMessage } from 'node:http'
import path from 'node:path'
import type { Plugin } from 'vite'
import { sameOrigin } from '../slidev/same-origin.ts'
import { writeAtomic } from '../write.ts'
import { rehearsedPlan } from './plan.ts'
import { rehearsal, REHEARSALS_URL, type Rehearsal } from './recorder.ts'

export const REHEARSALS_ENV = 'TALKDECK_REHEARSALS'
const MAX_BYTES = 4 * 1024 * 1024

/** rehearsals/2026-12-02T15-04-05.json: sorts by date, one file a rehearsal. */
export const rehearsalFile = (dir: string, r: Rehearsal) =>
  path.join(dir, `${r.started.slice(0, 19).replace(/:/g, '-')}.json`)

export function rehearsals(dir: string | undefined = process.env[REHEARSALS_ENV]): Plugin {
  return {
    name: 'talkdeck:rehearsals',
    apply: 'serve',
    configureServer(server) {
      if (!dir) return
      server.middlewares.use(REHEARSALS_URL, (req, res, next) => {
        const answer = async () => {
          if (req.method !== 'POST' && req.method !== 'GET') return void ((res.statusCode = 405), res.end())
          if (!sameOrigin(req)) return void ((res.statusCode = 403), res.end())
          if (req.method === 'GET') {
            res.setHeader('Content-Type', 'application/json')
            res.setHeader('Cache-Control', 'no-store')
            return void res.end(JSON.stringify(rehearsedPlan(await readRehearsals(dir))))
          }
          const parsed = rehearsal.safeParse(parseJson(await readBody(req)))
          if (!parsed.success) return void ((res.statusCode = 400), res.end())
          const file = rehearsalFile(dir, parsed.data)
          await writeAtomic(file, `${JSON.stringify(parsed.data, null, 1)}\n`)
          res.statusCode = 201
          res.setHeader('Content-Type', 'application/json')
          res.end(JSON.stringify({ file: path.basename(file) }))
        }
        answer().catch(next)
      })
    },
  }
}

/** The rehearsals saved so far; a file that is not one is left out (`talkdeck rehearsals` names it). */
async function readRehearsals(dir: string): Promise<Rehearsal[]> {
  const names = (await readdir(dir).catch(() => [])).filter(n => n.endsWith('.json'))
  const read = await Promise.all(names.map(n => readFile(path.join(dir, n), 'utf8').catch(() => undefined)))
  return read.flatMap(text => {
    const parsed = rehearsal.safeParse(parseJson(text))
    return parsed.success ? [parsed.data] : []
  })
}

function parseJson(text: string | undefined): unknown {
  try {
    return text === undefined ? undefined : JSON.parse(text)
  } catch {
    return undefined
  }
}

function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise(resolve => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BYTES) {
        resolve(undefined)
        req.destroy()
      } else chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', () => resolve(undefined))
  })
}
