import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { browserVersion } from './slidev/browser-version.ts'

// What a render of a deck reads besides its slides.md: the project files Slidev reads for it
// (components, setup, styles, public, vite.config.ts), talkdeck's own code that renders and
// prints it, and the installed packages. Keys over them tell when a kept server or a cached
// export is still good.

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

/** The key of an export: the deck, the project, the format, and the browser that renders it (its path and version). */
export async function outputKey(root: string, slides: string, format: string, chromium: string): Promise<string> {
  return exportKey(root, slides, [format, 'with-toc', chromium, await browserVersion(chromium, root)])
}
