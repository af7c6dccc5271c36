import type { ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'
import { chromium, type Browser } from 'playwright-chromium'
import { planDeck } from '../../scripts/lib/deck/plan.ts'
import type { DeckSlide } from '../../scripts/lib/deck/model.ts'
import { parseOutlineBytes } from '../../scripts/lib/outline/parse.ts'
import { CHROMIUM_ARGS, findChromium, playwrightChromium } from '../../scripts/lib/slidev/chromium.ts'
import { startSlidev } from '../../scripts/lib/slidev/run.ts'

export const root = path.resolve(import.meta.dirname, '..', '..')

/** The shipped talk's slides, in order, as the generator plans them (slide n is index n-1). */
export function plannedSlides(deck = 'chatgpt'): DeckSlide[] {
  const file = path.join(root, 'slides', deck, 'outline.yaml')
  return planDeck(parseOutlineBytes(readFileSync(file), file).outline).slides
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

export interface DevServer {
  url: string
  process: ChildProcess
  output: () => string
  stop: () => Promise<void>
}

/** Slidev's dev server on a deck, ready when it answers. */
export async function startDev(slides: string, timeoutMs = 120_000): Promise<DevServer> {
  const port = await freePort()
  const child = startSlidev([slides, '--port', String(port), '--open', 'false'], { cwd: root })
  let output = ''
  child.stdout?.on('data', d => (output += d))
  child.stderr?.on('data', d => (output += d))
  const url = `http://localhost:${port}`
  const started = Date.now()
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Slidev exited (${child.exitCode}):\n${output}`)
    if (Date.now() - started > timeoutMs) throw new Error(`Slidev did not answer in ${timeoutMs} ms:\n${output}`)
    const ok = await fetch(url).then(r => r.ok, () => false)
    if (ok) break
    await new Promise(r => setTimeout(r, 300))
  }
  const stop = () =>
    new Promise<void>(resolve => {
      if (child.exitCode !== null) return resolve()
      child.once('close', () => resolve())
      child.kill('SIGTERM')
    })
  return { url, process: child, output: () => output, stop }
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium({ env: process.env, playwright: await playwrightChromium() })
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS })
}
