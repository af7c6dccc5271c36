import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { chromium, type Browser } from 'playwright-chromium'
import { planDeck } from '../../scripts/lib/deck/plan.ts'
import type { DeckSlide } from '../../scripts/lib/deck/model.ts'
import { filesBeside } from '../../scripts/lib/cite/files.ts'
import { generateMarkdown, type Generated } from '../../scripts/lib/generate.ts'
import { parseOutlineBytes } from '../../scripts/lib/outline/parse.ts'
import { deckPaths, type DeckPaths } from '../../scripts/lib/project.ts'
import { openRenderedDeck, type RenderedDeck } from '../../scripts/lib/render/open.ts'
import { renderOptionsFor } from '../../scripts/lib/render/options.ts'
import { CHROMIUM_ARGS, findChromium, playwrightChromium } from '../../scripts/lib/slidev/chromium.ts'
import { answers, freePort, serveDeck, type DevServer } from '../../scripts/lib/slidev/serve.ts'
import { CLI, TSX } from '../support/cli.ts'

export const root = path.resolve(import.meta.dirname, '..', '..')

/** The shipped talk's slides, in order, as the generator plans them (slide n is index n-1). */
export function plannedSlides(deck = 'chatgpt'): DeckSlide[] {
  const file = deckPaths(root, deck).outline
  return planDeck(parseOutlineBytes(readFileSync(file), file, { load: filesBeside(file) }).outline).slides
}

export { answers, freePort, type DevServer } from '../../scripts/lib/slidev/serve.ts'

/**
 * An outline generated into a scratch deck `slides/<name>-<pid>` (its folder added to `made`,
 * for the file's afterAll) and rendered as `check` renders it: close `rendered` after.
 */
export async function renderOutline(
  name: string,
  outline: string,
  made: string[],
): Promise<{ built: Generated; rendered: RenderedDeck }> {
  const paths = deckPaths(root, `${name}-${process.pid}`)
  made.push(paths.dir)
  mkdirSync(paths.dir, { recursive: true })
  const built = generateMarkdown(readFileSync(outline), path.relative(root, outline), { load: filesBeside(outline) })
  writeFileSync(paths.slides, built.markdown)
  const rendered = await openRenderedDeck(await renderOptionsFor(paths, { log: () => {}, keep: false }))
  return { built, rendered }
}

/** A scratch deck gone after its tests: its folder, the folder its exports went to, its cached exports. */
export function removeScratchDeck(paths: DeckPaths, out: string): void {
  rmSync(paths.dir, { recursive: true, force: true })
  rmSync(out, { recursive: true, force: true })
  const cache = path.join(root, '.talkdeck', 'cache')
  for (const f of existsSync(cache) ? readdirSync(cache) : [])
    if (f.startsWith(`${paths.name}-`)) rmSync(path.join(cache, f))
}

/** Slidev's dev server on a deck of this project, ready when it answers. */
export function startDev(slides: string): Promise<DevServer> {
  return serveDeck(slides, root)
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium({ env: process.env, playwright: await playwrightChromium() })
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS })
}

/** `talkdeck dev` on a scratch deck (`slides/<name>/outline.yaml`), answering on a free port. */
export interface TalkdeckDev {
  url: string
  dir: string
  outlineFile: string
  /** Everything the process printed so far. */
  output: () => string
  /** The process has not exited. */
  running: () => boolean
  /** Stops the process and removes the deck. */
  stop: () => Promise<void>
}

export async function startTalkdeckDev(name: string, outline: string): Promise<TalkdeckDev> {
  const dir = path.join(root, 'slides', name)
  const outlineFile = path.join(dir, 'outline.yaml')
  mkdirSync(dir, { recursive: true })
  writeFileSync(outlineFile, outline)
  const port = await freePort()
  const dev = spawn(process.execPath, ['--import', TSX, CLI, 'dev', name, '--port', String(port)], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  dev.stdout?.on('data', d => (output += d))
  dev.stderr?.on('data', d => (output += d))
  const stop = async () => {
    if (dev.exitCode === null) {
      dev.kill('SIGTERM')
      await new Promise(r => dev.once('close', r))
    }
    rmSync(dir, { recursive: true, force: true })
  }
  const url = `http://localhost:${port}`
  const started = Date.now()
  while (!(await answers(url))) {
    if (Date.now() - started > 120_000 || dev.exitCode !== null) {
      await stop()
      throw new Error(`talkdeck dev did not start:\n${output}`)
    }
    await new Promise(r => setTimeout(r, 300))
  }
  return { url, dir, outlineFile, output: () => output, running: () => dev.exitCode === null, stop }
}
