// A long deck exports as a short one does: no false findings from time limits, one page per
// slide, a bookmark per slide. (Its time against stock is measured by `npm run bench`.)
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { getDocumentProxy } from 'unpdf'
import { afterAll, describe, expect, it } from 'vitest'
import { synthetic } from '../../scripts/bench/generate.ts'
import { exportDeck } from '../../scripts/commands/export.ts'
import { deckPaths } from '../../scripts/lib/project.ts'
import { root } from './support.ts'

const SLIDES = 150
const paths = deckPaths(root, `.check-long-${randomBytes(4).toString('hex')}`)
const out = mkdtempSync(path.join(tmpdir(), 'talkdeck-long-'))

afterAll(() => {
  rmSync(paths.dir, { recursive: true, force: true })
  rmSync(out, { recursive: true, force: true })
  rmSync(path.join(root, '.talkdeck', 'cache', paths.name), { recursive: true, force: true })
})

describe(`a ${SLIDES}-slide deck`, () => {
  it('exports with no findings, a page and a bookmark per slide', { timeout: 900_000 }, async () => {
    mkdirSync(paths.dir, { recursive: true })
    writeFileSync(paths.outline, synthetic(SLIDES))
    const lines: string[] = []
    const file = await exportDeck(paths, {
      output: path.join(out, 'long.pdf'),
      keep: false,
      log: line => lines.push(line),
    })
    expect(lines.join('\n')).not.toMatch(/warning|problem/)
    const pdf = await getDocumentProxy(new Uint8Array(readFileSync(file)))
    expect(pdf.numPages).toBe(SLIDES)
    type Entry = { title: string; items: Entry[] }
    const flat = (entries: Entry[]): string[] => entries.flatMap(e => [e.title, ...flat(e.items)])
    const titles = flat(((await pdf.getOutline()) ?? []) as Entry[])
    expect(titles).toHaveLength(SLIDES)
    expect(titles.at(-1)).toBe(`流程 s${SLIDES / 10 - 1}-n9`)
  })
})
