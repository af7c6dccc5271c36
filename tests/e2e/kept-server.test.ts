// The kept print server: the first export leaves Slidev's server running, the next export
// reuses it (same process) and still prints the deck as it is now, and `stop` ends it.
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { extractText, getDocumentProxy } from 'unpdf'
import { afterAll, describe, expect, it } from 'vitest'
import { exportDeck } from '../../scripts/commands/export.ts'
import { deckPaths } from '../../scripts/lib/project.ts'
import { buildDeck } from '../../scripts/lib/build-deck.ts'
import { alive, keptServer, serversDir, stopKeptServers } from '../../scripts/lib/slidev/kept.ts'
import { root } from './support.ts'

const paths = deckPaths(root, `.check-kept-${randomBytes(4).toString('hex')}`)
const out = mkdtempSync(path.join(os.tmpdir(), 'talkdeck-kept-'))
const state = path.join(serversDir(root), `${paths.name}.json`)
const outline = (point: string) => `deck:
  title: A kept server
  language: en
sections:
  - id: main
    title: Main
    divider: false
    slides:
      - { kind: cover, id: cover }
      - kind: bullets
        id: point
        title: What changes
        bullets: [${point}]
`
const logs: string[] = []
const exportAs = async (point: string, file: string) => {
  writeFileSync(paths.outline, outline(point))
  await exportDeck(paths, { output: path.join(out, file), keep: true, cache: false, log: line => logs.push(line) })
  const pdf = await getDocumentProxy(new Uint8Array(readFileSync(path.join(out, file))))
  return (await extractText(pdf, { mergePages: true })).text
}
const pidOf = () => (JSON.parse(readFileSync(state, 'utf8')) as { pid: number }).pid

afterAll(async () => {
  await stopKeptServers(root, paths.name)
  rmSync(paths.dir, { recursive: true, force: true })
  rmSync(out, { recursive: true, force: true })
})

describe('a kept print server', () => {
  it('is left running by an export, reused by the next, which prints the changed deck', async () => {
    mkdirSync(paths.dir, { recursive: true })
    expect(await exportAs('Version one of the point', 'one.pdf')).toContain('Version one of the point')
    const first = pidOf()
    expect(alive(first)).toBe(true)

    const second = await exportAs('Version two of the point', 'two.pdf')
    expect(second).toContain('Version two of the point')
    expect(second).not.toContain('Version one')
    expect(pidOf()).toBe(first)
  }, 300_000)

  it('is stopped by `stop`', async () => {
    const pid = pidOf()
    expect(await stopKeptServers(root, paths.name)).toBe(1)
    for (let i = 0; i < 50 && alive(pid); i++) await new Promise(r => setTimeout(r, 100))
    expect(alive(pid)).toBe(false)
  })

  it('is started once when two runs ask for it at the same time', async () => {
    mkdirSync(paths.dir, { recursive: true })
    writeFileSync(paths.outline, outline('Two runs at once'))
    await buildDeck(paths)
    const [a, b] = await Promise.all([keptServer(paths.slides, root), keptServer(paths.slides, root)])
    expect(a.url).toBe(b.url)
    expect([a.reused, b.reused].sort()).toEqual([false, true])
    expect(await stopKeptServers(root, paths.name)).toBe(1)
  }, 300_000)
})
