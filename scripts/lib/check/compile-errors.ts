// Slides that Vite cannot compile: Slidev then shows "An error occurred on this slide" and the
// reason is only in the dev server's answer. Watching the page's responses recovers it.
import type { Page, Response } from 'playwright-chromium'

/** `/slides.md__slidev_12.md?import` is slide 12's compiled module. */
const SLIDE_MODULE = /__slidev_(\d+)\.md\b/

export interface CompileErrors {
  /** Slide number → Vite's message, once every failed answer has been read. */
  collect: () => Promise<Map<number, string>>
}

export function watchCompileErrors(page: Page): CompileErrors {
  const found = new Map<number, string>()
  const reading: Promise<void>[] = []
  page.on('response', response => {
    const slide = SLIDE_MODULE.exec(response.url())
    if (!slide || response.status() < 400) return
    reading.push(read(response).then(message => void found.set(Number(slide[1]), message)))
  })
  return {
    collect: async () => {
      await Promise.all(reading)
      return found
    },
  }
}

async function read(response: Response): Promise<string> {
  // Chromium keeps no body for a module script that failed: ask again, as the browser asked.
  const again = async () => {
    const headers = await response.request().allHeaders()
    return fetch(response.url(), { headers }).then(r => r.text())
  }
  const body = (await response.text().catch(() => '')) || (await again().catch(() => ''))
  return viteMessage(body) ?? `the dev server answered ${response.status()} ${response.statusText()}`
}

/** The message of Vite's error page (`const error = {"message": …}`), or its first line of plain text. */
export function viteMessage(body: string): string | undefined {
  const json = /"message":("(?:[^"\\]|\\.)*")/.exec(body)
  if (json) return JSON.parse(json[1]!) as string
  const line = body.trim().split('\n')[0]?.trim()
  return line && !line.startsWith('<') ? line : undefined
}
