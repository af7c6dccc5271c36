// `talkdeck export` writes a deck whose only findings are about legibility, printing them as
// warnings (again when the cached PDF is reused), and still refuses a deck with other problems.
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { exportDeck } from '../../scripts/commands/export.ts'
import { TalkdeckError } from '../../scripts/lib/errors.ts'
import { generateMarkdown } from '../../scripts/lib/generate.ts'
import { joinSegments } from '../../scripts/lib/merge/merge.ts'
import { deckPaths } from '../../scripts/lib/project.ts'
import { removeScratchDeck, root } from './support.ts'

const paths = deckPaths(root, `.export-warn-${randomBytes(4).toString('hex')}`)
const out = mkdtempSync(path.join(tmpdir(), 'talkdeck-warn-'))
const outline = `deck: { title: Warned, language: en }
sections:
  - id: main
    title: Main
    divider: false
    slides:
      - kind: bullets
        id: fine
        title: A readable slide
        bullets: [One point, Another point]
`
const small = '# Small print\n\n<div style="font-size: 9px">Terms and conditions apply</div>\n'
const tooLong = `# Far too many points\n\n${Array.from({ length: 24 }, (_, i) => `- A point added by hand, number ${i + 1}`).join('\n')}\n`

/** The deck as generated, with slides added by hand after it; exported in this process. */
async function exportWith(added: string[], pdf: string) {
  const lines: string[] = []
  writeFileSync(
    paths.slides,
    joinSegments([...generateMarkdown(Buffer.from(outline), paths.outline).slides.map(s => s.text), ...added]),
  )
  const run = exportDeck(paths, { output: path.join(out, pdf), keep: false, log: line => lines.push(line) })
  return { run, log: () => lines.join('\n') }
}

afterAll(() => removeScratchDeck(paths, out))

describe('talkdeck export and legibility', () => {
  it(
    'writes the PDF with legibility warnings printed, and prints them again when it reuses it',
    { timeout: 300_000 },
    async () => {
      mkdirSync(paths.dir, { recursive: true })
      writeFileSync(paths.outline, outline)
      const first = await exportWith([small], 'warned.pdf')
      expect(await first.run).toBe(path.join(out, 'warned.pdf'))
      expect(existsSync(path.join(out, 'warned.pdf'))).toBe(true)
      expect(first.log()).toMatch(/slide 2 "Small print" \(added by hand\): small-text: text 9 px, under 18 px/)
      expect(first.log()).toContain('the PDF is written anyway')

      const again = await exportWith([small], 'again.pdf')
      await again.run
      expect(again.log()).toContain('reused it')
      expect(again.log()).toMatch(/small-text: text 9 px/)
    },
  )

  it('still refuses a deck with other problems, listing the warnings beside them', { timeout: 300_000 }, async () => {
    const refused = await exportWith([small, tooLong], 'refused.pdf')
    const error = await refused.run.catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TalkdeckError)
    expect((error as TalkdeckError).code).toBe('E_CHECK')
    expect((error as TalkdeckError).message).toMatch(/the deck has 1 problem\(s\), so nothing was written/)
    expect((error as TalkdeckError).message).toMatch(/slide 3 .*overflow: content runs \d+ px past the bottom edge/)
    expect((error as TalkdeckError).message).toMatch(/slide 2 .*small-text/)
    expect(existsSync(path.join(out, 'refused.pdf'))).toBe(false)
  })
})
