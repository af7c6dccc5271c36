// `talkdeck web`: a real `slidev build` of a small deck, served by Python's plain file server,
// opened at a deep link in real Chromium; the built files searched for the speaker notes.
import { spawn, type ChildProcess } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../support/cli.ts'
import { freePort, launchBrowser, root } from './support.ts'

const DECK = '.check-web'
const dir = path.join(root, 'slides', DECK)
const pdf = path.join(root, 'dist', `${DECK}.pdf`)
const site = path.join(root, 'dist', `${DECK}-web`)
const NOTES = ['notesword-aubergine', 'notesword-quince', 'notesword-persimmon']

/** Every file of a folder, recursively. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap(name => {
    const file = path.join(folder, name)
    return statSync(file).isDirectory() ? filesUnder(file) : [file]
  })
}

/** The note words found in the built files. */
const notesIn = (folder: string) => {
  const text = filesUnder(folder)
    .map(file => readFileSync(file, 'latin1'))
    .join('\n')
  return NOTES.filter(word => text.includes(word))
}

beforeAll(async () => {
  mkdirSync(dir, { recursive: true })
  copyFileSync(path.join(root, 'tests', 'fixtures', 'decks', 'web.yaml'), path.join(dir, 'outline.yaml'))
  // A PDF as `export` leaves it, to be offered for download.
  const doc = await PDFDocument.create()
  doc.addPage()
  mkdirSync(path.dirname(pdf), { recursive: true })
  writeFileSync(pdf, await doc.save())
})
afterAll(() => {
  for (const target of [dir, pdf, site, `${site}-notes`]) rmSync(target, { recursive: true, force: true })
})

/** Python's static file server on a free port, serving `folder`. */
async function fileServer(folder: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort()
  const child = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', folder], {
    stdio: 'ignore',
  })
  const url = `http://127.0.0.1:${port}`
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(url).then(
        r => r.ok,
        () => false,
      )
    )
      return { url, child }
    await new Promise(resolve => setTimeout(resolve, 100))
  }
  child.kill()
  throw new Error('python3 -m http.server did not answer')
}

describe('talkdeck web', () => {
  it('builds a site without the notes whose deep link #/12 opens slide 12 from a plain file server, with the PDF to download', async () => {
    const run = runCli(['web', DECK], { timeout: 600_000 })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout.trim().split('\n').at(-1)).toBe(path.relative(root, site))
    expect(existsSync(path.join(site, 'index.html'))).toBe(true)
    expect(notesIn(site)).toEqual([])
    expect(existsSync(path.join(site, `${DECK}.pdf`))).toBe(true)
    expect(readdirSync(dir).filter(name => name.startsWith('.web-'))).toEqual([])

    const server = await fileServer(site)
    const browser = await launchBrowser()
    try {
      const page = await browser.newPage()
      await page.goto(`${server.url}/#/12`)
      await page.getByRole('heading', { name: 'The twelfth slide' }).waitFor({ state: 'visible', timeout: 60_000 })
      expect(new URL(page.url()).hash).toBe('#/12')
      // The PDF is there to download, from the same server.
      expect(await page.getByTitle('Download as PDF').count()).toBeGreaterThan(0)
      expect((await fetch(`${server.url}/${DECK}.pdf`)).status).toBe(200)
      // No presenter view.
      await page.goto(`${server.url}/#/presenter/12`)
      await page.getByText('Page /presenter/12 not found').waitFor({ state: 'visible', timeout: 60_000 })
    } finally {
      await browser.close()
      server.child.kill()
    }
  }, 900_000)

  it('publishes the notes with --with-notes', () => {
    const run = runCli(['web', DECK, '--with-notes', '--output', `${site}-notes`], { timeout: 600_000 })
    expect(run.status, run.stderr).toBe(0)
    expect(notesIn(`${site}-notes`)).toEqual(NOTES)
  }, 900_000)

  it('refuses an option it does not have', () => {
    const run = runCli(['web', DECK, '--notes'])
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('unknown option --notes')
  })
})
