// A hand edit saved to slides.md while a build runs (an editor's "Save All" writes the outline
// and slides.md within milliseconds, and `talkdeck dev` rebuilds on the outline's save) is never
// overwritten: the build looks at slides.md again just before it replaces it, and merges again
// if it changed. The test saves slides.md at the worst moment, after the build has read and
// merged it and before it writes (the build reports its changes then), on real files.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildDeck } from '../scripts/lib/build-deck.ts'
import { deckPaths, type DeckPaths } from '../scripts/lib/project.ts'

const OUTLINE = `deck:
  title: Saved together
  language: en
sections:
  - id: main
    title: Main
    divider: false
    slides:
      - { kind: cover, id: cover }
      - { kind: bullets, id: why, title: Why, bullets: [one reason] }
      - { kind: bullets, id: how, title: How, bullets: [one way] }
`

let root: string
let paths: DeckPaths
beforeEach(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'talkdeck-race-'))
  mkdirSync(path.join(root, 'slides', 'talk'), { recursive: true })
  writeFileSync(path.join(root, 'slides', 'talk', 'outline.yaml'), OUTLINE)
  paths = deckPaths(root, 'talk')
  await buildDeck(paths)
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

describe('a slides.md saved while the outline rebuilds', () => {
  it('keeps the hand edit and takes the outline change too', async () => {
    writeFileSync(paths.outline, OUTLINE.replace('[one way]', '[one way, and another]'))
    let saved = false
    const result = await buildDeck(paths, {
      log: () => {
        if (saved) return
        saved = true // the speaker's save lands now, between the build's read and its write
        writeFileSync(
          paths.slides,
          readFileSync(paths.slides, 'utf8').replace('- one reason\n', '- one reason, by hand\n'),
        )
      },
    })
    expect(saved).toBe(true)
    const slides = readFileSync(paths.slides, 'utf8')
    expect(slides).toContain('- one reason, by hand\n')
    expect(slides).toContain('- and another\n')
    expect(result.markdown).toBe(slides)
  })

  it('leaves slides.md to a program that saves it again on every build, with E_SLIDES_CHANGING', async () => {
    writeFileSync(paths.outline, OUTLINE.replace('[one way]', '[one way, and another]'))
    let saves = 0
    const build = buildDeck(paths, {
      log: line => {
        if (!line.startsWith('updated')) return
        saves += 1
        writeFileSync(
          paths.slides,
          readFileSync(paths.slides, 'utf8').replace(/- one reason.*\n/, `- one reason, save ${saves}\n`),
        )
      },
    })
    await expect(build).rejects.toMatchObject({ code: 'E_SLIDES_CHANGING' })
    expect(readFileSync(paths.slides, 'utf8')).toContain(`- one reason, save ${saves}\n`)
  })
})
