// Export while `talkdeck dev` runs on the same deck renders through that dev server (no server of
// its own, nothing left running) and prints the deck as it is now; once dev has exited, export
// starts its own server again, and a record left behind by a dead dev server is ignored.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { exportDeck } from '../../scripts/commands/export.ts'
import { devRecordFile } from '../../scripts/lib/dev/running.ts'
import { deckPaths } from '../../scripts/lib/project.ts'
import { serversDir, stopKeptServers } from '../../scripts/lib/slidev/kept.ts'
import { answers, root, startTalkdeckDev, type TalkdeckDev } from './support.ts'

const name = `.live-export-${process.pid}`
const paths = deckPaths(root, name)
const out = mkdtempSync(path.join(os.tmpdir(), 'talkdeck-dev-export-'))
const keptState = path.join(serversDir(root), `${name}.json`)
const record = devRecordFile(root, paths.slides)
const outline = (point: string) => `deck:
  title: Export while dev runs
  language: en
sections:
  - id: main
    title: Main
    divider: false
    slides:
      - { kind: cover, id: cover }
      - kind: bullets
        id: point
        title: What the room sees
        bullets: [${point}]
      - kind: bullets
        id: more
        title: One more slide
        bullets: [A second point]
`

let dev: TalkdeckDev | undefined
afterAll(async () => {
  await dev?.stop()
  await stopKeptServers(root, name)
  rmSync(paths.dir, { recursive: true, force: true })
  rmSync(out, { recursive: true, force: true })
})

const exportTo = async (file: string) => {
  const logs: string[] = []
  const output = path.join(out, file)
  await exportDeck(paths, { output, keep: true, cache: false, log: line => logs.push(line) })
  const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [output], { encoding: 'utf8' }).stdout)?.[1])
  const text = spawnSync('pdftotext', [output, '-'], { encoding: 'utf8' }).stdout
  return { logs: logs.join('\n'), pages, text }
}

describe('export while talkdeck dev runs', () => {
  it('renders through the dev server, starting none, and prints the deck as it is now', async () => {
    dev = await startTalkdeckDev(name, outline('The first version'))
    for (let i = 0; i < 50 && !existsSync(record); i++) await new Promise(r => setTimeout(r, 100))
    expect(JSON.parse(readFileSync(record, 'utf8'))).toMatchObject({ url: dev.url, slides: paths.slides })

    // The speaker edits the outline; export builds it and waits for the dev server to take it in.
    writeFileSync(paths.outline, outline('The edited version'))
    const seen = await exportTo('through-dev.pdf')
    expect(seen.logs).toContain(`using the running dev server at ${dev.url}`)
    expect(existsSync(keptState)).toBe(false)
    expect(seen.pages).toBe(3)
    expect(seen.text).toContain('The edited version')
    expect(seen.text).not.toContain('The first version')
    expect(seen.text).toContain('A second point')
    // `stop` ends kept servers only: the speaker's dev server goes on serving.
    expect(await stopKeptServers(root, name)).toBe(0)
    expect(dev.running()).toBe(true)
    expect(await answers(dev.url)).toBe(true)
  }, 300_000)

  it('starts its own server once dev has exited, ignoring a record left by a dead dev server', async () => {
    const left = readFileSync(record, 'utf8')
    await dev!.stop()
    dev = undefined
    expect(existsSync(record)).toBe(false)

    mkdirSync(paths.dir, { recursive: true })
    writeFileSync(paths.outline, outline('After dev'))
    writeFileSync(record, left) // as if dev had been killed outright
    const seen = await exportTo('own-server.pdf')
    expect(seen.logs).not.toContain('using the running dev server')
    expect(existsSync(keptState)).toBe(true)
    expect(seen.pages).toBe(3)
    expect(seen.text).toContain('After dev')
  }, 300_000)
})
