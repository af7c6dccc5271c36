// A slides.md saved by an editor with Windows line endings, or with a byte order mark, is the
// same deck: a rebuild neither doubles it nor stops following the outline, and writes it back
// the way the editor saved it.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildDeck } from '../scripts/lib/build-deck.ts'
import { splitSlides } from '../scripts/lib/merge/segments.ts'
import { deckPaths, type DeckPaths } from '../scripts/lib/project.ts'

const outline = readFileSync(path.join(import.meta.dirname, 'fixtures', 'merge', 'talk.yaml'), 'utf8')
const BOM = '\uFEFF'
let paths: DeckPaths

beforeEach(() => {
  paths = deckPaths(mkdtempSync(path.join(tmpdir(), 'talkdeck-eol-')), 'talk')
  mkdirSync(paths.dir, { recursive: true })
  writeFileSync(paths.outline, outline)
})
afterEach(() => rmSync(paths.root, { recursive: true, force: true }))

const ids = (markdown: string) =>
  splitSlides(markdown.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n')).map(s => s.stamp?.id ?? 'hand')

describe('a slides.md saved with other line endings', () => {
  it('CRLF: an outline change applies, the slide count holds, and the file stays CRLF', async () => {
    const first = await buildDeck(paths)
    const lf = readFileSync(paths.slides, 'utf8')
    writeFileSync(paths.slides, lf.replace(/\n/g, '\r\n'))
    writeFileSync(paths.outline, outline.replace('title: Rules', 'title: Rules, retitled'))

    const again = await buildDeck(paths)
    const after = readFileSync(paths.slides, 'utf8')
    expect(again.slideCount).toBe(first.slideCount)
    expect(again.changes.map(c => `${c.kind} ${c.id}`)).toEqual(['updated rules'])
    expect(ids(after)).toEqual(ids(lf))
    expect(after).toContain('# Rules, retitled\r\n')
    expect(after.replace(/\r\n/g, '')).not.toContain('\n')
  })

  it('CRLF with nothing changed: up to date, nothing written', async () => {
    await buildDeck(paths)
    const crlf = readFileSync(paths.slides, 'utf8').replace(/\n/g, '\r\n')
    writeFileSync(paths.slides, crlf)
    const again = await buildDeck(paths, { check: true })
    expect(again.changed).toBe(false)
    expect(again.changes).toEqual([])
  })

  it('BOM: no second cover, and the mark is kept', async () => {
    const first = await buildDeck(paths)
    writeFileSync(paths.slides, BOM + readFileSync(paths.slides, 'utf8'))
    writeFileSync(paths.outline, outline.replace('title: Rules', 'title: Rules, retitled'))

    const again = await buildDeck(paths)
    const after = readFileSync(paths.slides, 'utf8')
    expect(again.slideCount).toBe(first.slideCount)
    expect(ids(after).filter(id => id === 'cover')).toEqual(['cover'])
    expect(after.startsWith(`${BOM}---\n`)).toBe(true)
    expect(after).toContain('# Rules, retitled\n')
  })
})
