import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readdir, readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { writeAtomic } from '../write.ts'
import { browserVersion } from './browser-version.ts'

// An export's PDF depends only on the deck's Markdown, the project files Slidev reads for it
// (components, setup, styles, public, vite.config.ts), talkdeck's own code that renders and prints
// it, the installed packages, and the browser (its path and version).
// When none of them changed, the last PDF is the answer.

const PROJECT_INPUTS = ['components', 'setup', 'styles', 'public', 'vite.config.ts', 'scripts/lib', 'package-lock.json']

/** Files under a path, recursively, sorted; a missing path is no files. */
async function filesUnder(target: string): Promise<string[]> {
  if (!existsSync(target)) return []
  const entries = await readdir(target, { withFileTypes: true }).catch(() => null)
  if (entries === null) return [target]
  const nested = await Promise.all(
    entries.sort((a, b) => a.name.localeCompare(b.name)).map(e => filesUnder(path.join(target, e.name))),
  )
  return nested.flat()
}

/** A key for everything an export of `slides` reads. */
export async function exportKey(root: string, slides: string, extra: string[]): Promise<string> {
  return hashFiles(root, [slides, ...(await projectFiles(root))], extra)
}

/** The key of an export's PDF: the deck, the project, and the browser that prints it (path and version). */
export async function pdfKey(root: string, slides: string, chromium: string): Promise<string> {
  return exportKey(root, slides, ['pdf', 'with-toc', chromium, await browserVersion(chromium, root)])
}

/** A key for the project files every deck is rendered with (not the deck's own slides.md). */
export async function projectKey(root: string, extra: string[]): Promise<string> {
  return hashFiles(root, await projectFiles(root), extra)
}

async function projectFiles(root: string): Promise<string[]> {
  return (await Promise.all(PROJECT_INPUTS.map(p => filesUnder(path.join(root, p))))).flat()
}

async function hashFiles(root: string, files: string[], extra: string[]): Promise<string> {
  const hash = createHash('sha256')
  for (const part of extra) hash.update(`${part}\0`)
  for (const file of files) {
    hash.update(`${path.relative(root, file)}\0`)
    hash.update(await readFile(file))
    hash.update('\0')
  }
  return hash.digest('hex').slice(0, 20)
}

/** The deck's cached export: one folder per deck, so no deck's name is a prefix of another's files. */
export function cachedPdfPath(root: string, deck: string, key: string): string {
  return path.join(root, '.talkdeck', 'cache', deck, `${key}.pdf`)
}

/** Keep this PDF as the deck's one cached export, dropping the deck's older ones. */
export async function rememberPdf(cached: string, pdf: Uint8Array): Promise<void> {
  const dir = path.dirname(cached)
  const stale = (await readdir(dir).catch(() => [])).filter(f => path.join(dir, f) !== cached)
  await Promise.all(stale.map(f => rm(path.join(dir, f), { force: true })))
  await writeAtomic(cached, pdf)
}
