import { existsSync } from 'node:fs'
import path from 'node:path'
import { TalkdeckError } from '../errors.ts'

export const CHROMIUM_ENV = 'TALKDECK_CHROMIUM'

/** Flags that keep headless Chromium quiet on a closed network and working as root. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-gpu',
]

export interface BrowserSearch {
  /** --executable-path, when given. */
  explicit?: string
  env: NodeJS.ProcessEnv
  /** Where Playwright's own browser would be (`npx playwright install chromium`). */
  playwright?: string
  exists?: (file: string) => boolean
}

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome']
const SYSTEM_PATHS = [
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
]

/** Find a Chromium to drive: explicit option, environment, Playwright's browser, then the system's. */
export function findChromium({ explicit, env, playwright, exists = existsSync }: BrowserSearch): string {
  if (explicit) {
    if (!exists(explicit)) throw notFound(`--executable-path ${explicit} does not exist`)
    return explicit
  }
  const fromEnv = env[CHROMIUM_ENV]
  if (fromEnv) {
    if (!exists(fromEnv)) throw notFound(`${CHROMIUM_ENV}=${fromEnv} does not exist`)
    return fromEnv
  }
  if (playwright && exists(playwright)) return playwright
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean)
  for (const name of SYSTEM_NAMES) {
    for (const dir of dirs) {
      const file = path.join(dir, name)
      if (exists(file)) return file
    }
  }
  const found = SYSTEM_PATHS.find(p => exists(p))
  if (found) return found
  throw notFound('no Chromium or Chrome was found')
}

function notFound(what: string): TalkdeckError {
  return new TalkdeckError({
    code: 'E_NO_CHROMIUM',
    message: `${what}; exporting and checking slides need a Chromium-based browser`,
    hint: `install one: \`npx playwright install chromium\`, or \`apt-get install chromium\` (Debian/Ubuntu), or set ${CHROMIUM_ENV}=/path/to/chrome`,
  })
}

/** Playwright's bundled browser path, or undefined when Playwright has none downloaded. */
export async function playwrightChromium(): Promise<string | undefined> {
  try {
    const { chromium } = await import('playwright-chromium')
    return chromium.executablePath()
  } catch {
    return undefined
  }
}
