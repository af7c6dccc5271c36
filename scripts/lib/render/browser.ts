// Chromium for one render of a deck.
import path from 'node:path'
import type { Page } from 'playwright-chromium'
import { TalkdeckError } from '../errors.ts'
import { stopOnInterrupt } from '../interrupt.ts'
import { CHROMIUM_ARGS } from '../slidev/chromium.ts'
import { canvasHeight, theme } from '../theme.ts'

export interface OpenBrowser {
  newPage: () => Promise<Page>
  close: () => Promise<void>
}

export interface BrowserOptions {
  root: string
  chromium: string
  launchTimeoutMs?: number
  /** Keep the browser's profile between runs (with a kept server). */
  keep?: boolean
}

/**
 * When the server is kept, so is the browser's profile (under .talkdeck/chromium): its HTTP
 * cache and compiled-script cache make the next load of the deck quicker. Vite marks every
 * module it serves for revalidation, or names it by its content, so nothing stale can come
 * from that cache. A profile in use by another render is not shared.
 */
export async function openBrowser(options: BrowserOptions): Promise<OpenBrowser> {
  // Loaded here, not at start-up: Playwright takes most of a second to load, and this way it
  // loads while the server is being found or started.
  const { chromium } = await import('playwright-chromium')
  // Ctrl-C is the CLI's to handle (see interrupt.ts): it closes the browser, then exits.
  const signals = { handleSIGINT: false, handleSIGTERM: false }
  const launch = {
    executablePath: options.chromium,
    args: CHROMIUM_ARGS,
    timeout: options.launchTimeoutMs ?? 60_000,
    ...signals,
  }
  const viewport = { width: theme.canvas.width, height: canvasHeight() }
  if (options.keep) {
    try {
      const context = await chromium.launchPersistentContext(path.join(options.root, '.talkdeck', 'chromium'), {
        ...launch,
        viewport,
      })
      return closing({ newPage: () => context.newPage(), close: () => context.close() })
    } catch (error) {
      if (error instanceof Error && error.name === 'TimeoutError') throw error
      // The profile is busy (or broken): render with a fresh one, as without --keep.
    }
  }
  const browser = await chromium.launch(launch)
  return closing({ newPage: () => browser.newPage({ viewport }), close: () => browser.close() })
}

/** The browser, closed on Ctrl-C too. */
function closing(browser: OpenBrowser): OpenBrowser {
  const forget = stopOnInterrupt(browser.close)
  return { newPage: browser.newPage, close: () => browser.close().finally(forget) }
}

export function browserFailed(executable: string, error: unknown): TalkdeckError {
  const timedOut = error instanceof Error && error.name === 'TimeoutError'
  return new TalkdeckError({
    code: timedOut ? 'E_BROWSER_TIMEOUT' : 'E_CHECK_BROWSER',
    message: `could not start ${executable}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    hint: `check that it starts (\`${executable} --headless --no-sandbox --dump-dom about:blank\`), or point TALKDECK_CHROMIUM at another browser`,
  })
}
