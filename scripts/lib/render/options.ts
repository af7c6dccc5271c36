// What a command says about rendering (browser, time limits, kept server) → RenderOptions.
import path from 'node:path'
import { TalkdeckError } from '../errors.ts'
import type { DeckPaths } from '../project.ts'
import { findChromium, playwrightChromium } from '../slidev/chromium.ts'
import type { RenderOptions } from './open.ts'

export interface RenderChoices {
  /** Chromium or Chrome to render with (default: as `talkdeck browser` finds one). */
  executablePath?: string
  /** How long the browser may take to start. */
  timeoutMs?: number
  /** Echo Slidev's own output as it comes. */
  verbose?: boolean
  /** Leave Slidev's server running for the next check or export (default: yes, unless $TALKDECK_KEEP_SERVER is 0). */
  keep?: boolean
  log: (line: string) => void
}

export async function renderOptionsFor(paths: DeckPaths, choices: RenderChoices): Promise<RenderOptions> {
  return {
    slides: paths.slides,
    root: paths.root,
    chromium: await chromiumFor(choices.executablePath),
    log: choices.log,
    launchTimeoutMs: choices.timeoutMs,
    echo: choices.verbose,
    keep: choices.keep ?? keepByDefault(),
  }
}

export async function chromiumFor(explicit?: string): Promise<string> {
  return findChromium({ explicit, env: process.env, playwright: await playwrightChromium() })
}

/** Whether to keep Slidev's server by default: yes, unless TALKDECK_KEEP_SERVER=0 (tests, CI). */
export function keepByDefault(env = process.env): boolean {
  return env.TALKDECK_KEEP_SERVER !== '0'
}

/** A deck must be built before it is rendered. */
export function requireSlides(paths: DeckPaths, exists: (file: string) => boolean): void {
  if (exists(paths.slides)) return
  const shown = path.relative(process.cwd(), paths.slides) || paths.slides
  throw new TalkdeckError({
    code: 'E_NO_SLIDES',
    message: `no slides at ${shown}`,
    hint: `build them first: \`npm run build ${paths.name}\``,
  })
}
