// `export --with-clicks`: one PDF page per click step, after the same check, with each slide's
// bookmark on its first step, written beside the plain PDF (dist/<deck>-clicks.pdf); the PNG pictures keep every click revealed, so there it is refused.
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { getDocumentProxy } from 'unpdf'
import { afterAll, describe, expect, it } from 'vitest'
import { exportDeck } from '../../scripts/commands/export.ts'
import { deckPaths } from '../../scripts/lib/project.ts'
import { runCli } from '../support/cli.ts'
import { root } from './support.ts'

const paths = deckPaths(root, `.check-clicks-${randomBytes(4).toString('hex')}`)
const out = mkdtempSync(path.join(tmpdir(), 'talkdeck-clicks-'))
const outline = `deck: { title: Build-up, language: en }
sections:
  - id: main
    title: Main
    divider: false
    slides:
      - { kind: cover, id: cover }
      - kind: bullets
        id: steps
        title: Three steps
        reveal: true
        bullets: [First point shown, Second point shown, Third point shown]
      - kind: bullets
        id: after
        title: All at once
        bullets: [Nothing to click]
`

afterAll(() => {
  rmSync(paths.dir, { recursive: true, force: true })
  rmSync(out, { recursive: true, force: true })
  rmSync(paths.pdf, { force: true })
  rmSync(path.join(root, 'dist', `${paths.name}-clicks.pdf`), { force: true })
  rmSync(path.join(root, '.talkdeck', 'cache', paths.name), { recursive: true, force: true })
})

const squash = (s: string) => s.replace(/\s+/g, '')

describe('export --with-clicks', () => {
  it(
    'prints a page per click step, the first step of a reveal slide without its last point',
    { timeout: 400_000 },
    async () => {
      mkdirSync(paths.dir, { recursive: true })
      writeFileSync(paths.outline, outline)
      // dist/<deck>.pdf, the PDF handed out and offered by the web build, is left alone.
      mkdirSync(path.dirname(paths.pdf), { recursive: true })
      writeFileSync(paths.pdf, 'the plain PDF')
      const file = await exportDeck(paths, { withClicks: true, keep: false, log: () => {} })
      expect(file).toBe(path.join(root, 'dist', `${paths.name}-clicks.pdf`))
      expect(readFileSync(paths.pdf, 'utf8')).toBe('the plain PDF')
      const pdf = await getDocumentProxy(new Uint8Array(readFileSync(file)))
      const pages: string[] = []
      for (let p = 1; p <= pdf.numPages; p++) {
        const content = await (await pdf.getPage(p)).getTextContent()
        pages.push(squash(content.items.map(item => ('str' in item ? item.str : '')).join('')))
      }
      expect(pdf.numPages).toBeGreaterThan(3)
      const steps = pages.flatMap((text, i) => (text.includes('Threesteps') ? [i] : []))
      expect(steps.length).toBeGreaterThan(1)
      const first = pages[steps[0]!]!
      const last = pages[steps.at(-1)!]!
      expect(first).not.toContain('Thirdpointshown')
      expect(last).toContain('Thirdpointshown')
      expect(last).toContain('Firstpointshown')

      // A bookmark per slide title, each at the slide's first page.
      const outlineEntries = ((await pdf.getOutline()) ?? []) as { title: string; dest: unknown }[]
      const at = async (dest: unknown) => {
        const explicit = typeof dest === 'string' ? await pdf.getDestination(dest) : (dest as unknown[])
        return (await pdf.getPageIndex(explicit![0] as never)) + 1
      }
      const bookmarks = await Promise.all(outlineEntries.map(async e => [e.title, await at(e.dest)] as const))
      expect(bookmarks).toEqual([
        ['Build-up', 1],
        ['Three steps', steps[0]! + 1],
        ['All at once', pdf.numPages],
      ])

      // Without --with-clicks, the same deck is a page per slide, every click revealed.
      const plain = await exportDeck(paths, { output: path.join(out, 'plain.pdf'), keep: false, log: () => {} })
      const whole = await getDocumentProxy(new Uint8Array(readFileSync(plain)))
      expect(whole.numPages).toBe(3)
    },
  )

  it('is refused for PNG, whose pictures show every click', () => {
    const run = runCli(['export', paths.name, '--format', 'png', '--with-clicks'], {
      env: { ...process.env, TALKDECK_KEEP_SERVER: '0' },
    })
    expect(run.status).not.toBe(0)
    expect(run.stderr).toContain('--with-clicks does not apply to --format png')
  })
})
