// Titles in the PDF's metadata and bookmarks read as the outline wrote them, not as the
// Markdown-escaped text slides.md holds.
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { getDocumentProxy } from 'unpdf'
import { afterAll, describe, expect, it } from 'vitest'
import { exportDeck } from '../../scripts/commands/export.ts'
import { deckPaths } from '../../scripts/lib/project.ts'
import { removeScratchDeck, root } from './support.ts'

const paths = deckPaths(root, `.pdf-titles-${randomBytes(4).toString('hex')}`)
const out = mkdtempSync(path.join(tmpdir(), 'talkdeck-titles-'))
const outline = `deck: { title: "Q&A: RLHF <in> practice", subtitle: "Costs in $ & {{ time }}", language: en }
sections:
  - id: main
    title: Main
    divider: false
    slides:
      - { kind: cover, id: cover }
      - kind: bullets
        id: next
        title: "Q&A: what's <next>?"
        bullets: [One point, Another point]
`

afterAll(() => removeScratchDeck(paths, out))

describe('titles in the PDF', () => {
  it('metadata and bookmarks are plain text', { timeout: 300_000 }, async () => {
    mkdirSync(paths.dir, { recursive: true })
    writeFileSync(paths.outline, outline)
    const file = await exportDeck(paths, { output: path.join(out, 'titles.pdf'), keep: false, log: () => {} })
    const pdf = await getDocumentProxy(new Uint8Array(readFileSync(file)))
    const { info } = (await pdf.getMetadata()) as { info: { Title?: string; Subject?: string } }
    expect(info.Title).toBe('Q&A: RLHF <in> practice')
    expect(info.Subject).toBe('Costs in $ & {{ time }}')
    type Entry = { title: string; items: Entry[] }
    const flat = (entries: Entry[]): string[] => entries.flatMap(e => [e.title, ...flat(e.items)])
    const titles = flat(((await pdf.getOutline()) ?? []) as Entry[])
    expect(titles).toEqual(['Q&A: RLHF <in> practice', "Q&A: what's <next>?"])
  })
})
