// A page of another site open in the same browser must not rewrite slides.md: Slidev's dev server
// (and the print server check and export keep running) saves a slide on any POST to
// /__slidev/slides/N.json, and a text/plain POST needs no CORS preflight. Writes from another
// origin are refused; the deck's own pages (Slidev's editor, the presenter's notes) still save.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import type { Browser } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateMarkdown } from '../../scripts/lib/generate.ts'
import { serveDeck } from '../../scripts/lib/slidev/serve.ts'
import { launchBrowser, root, startDev, type DevServer } from './support.ts'

const dir = path.join(root, 'slides', `.cross-origin-${process.pid}`)
const slides = path.join(dir, 'slides.md')
const outline = `deck:
  title: Guarded
  language: en
sections:
  - id: main
    title: Main
    divider: false
    slides:
      - { kind: cover, id: cover }
      - { kind: bullets, id: points, title: Points, bullets: [One point, Another point] }
`
const original = generateMarkdown(Buffer.from(outline), 'outline.yaml').markdown
const attack = JSON.stringify({ content: '# Written by another site' })

let dev: DevServer
let browser: Browser
let elsewhere: Server
let elsewhereUrl: string

beforeAll(async () => {
  mkdirSync(dir, { recursive: true })
  writeFileSync(slides, original)
  // Another site the speaker has open: a page on another port of the same machine.
  elsewhere = createServer((_req, res) => res.end('<!doctype html><title>elsewhere</title>'))
  await new Promise<void>(resolve => elsewhere.listen(0, 'localhost', resolve))
  elsewhereUrl = `http://localhost:${(elsewhere.address() as AddressInfo).port}/`
  ;[dev, browser] = await Promise.all([startDev(slides), launchBrowser()])
})

afterAll(async () => {
  await browser?.close()
  await dev?.stop()
  elsewhere?.close()
  rmSync(dir, { recursive: true, force: true })
})

const post = (url: string, headers: Record<string, string>, body = attack) =>
  fetch(`${url}/__slidev/slides/2.json`, {
    method: 'POST',
    body,
    headers: { 'Content-Type': 'text/plain', ...headers },
  })

describe('writes from another origin', () => {
  it("the dev server refuses a POST whose Origin is another site's, and one marked cross-site", async () => {
    expect((await post(dev.url, { Origin: 'http://evil.example' })).status).toBe(403)
    expect((await post(dev.url, { Origin: 'null' })).status).toBe(403)
    expect((await post(dev.url, { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403)
    expect((await post(dev.url, { 'Sec-Fetch-Site': 'same-site' })).status).toBe(403)
    expect(readFileSync(slides, 'utf8')).toBe(original)
  })

  it('a page of another site in Chromium cannot rewrite the deck; the deck’s own page still saves', async () => {
    const page = await browser.newPage()
    try {
      await page.goto(elsewhereUrl)
      // What a hostile page does: a simple (preflight-free) POST it never needs to read.
      await page.evaluate(
        async ([target, body]) => {
          await fetch(target!, { method: 'POST', mode: 'no-cors', body, headers: { 'Content-Type': 'text/plain' } })
        },
        [`${dev.url}/__slidev/slides/2.json`, attack],
      )
      await new Promise(resolve => setTimeout(resolve, 500))
      expect(readFileSync(slides, 'utf8')).toBe(original)

      // What Slidev's editor does (client/composables/useSlideInfo.ts), from the deck's own page.
      page.setDefaultNavigationTimeout(120_000)
      await page.goto(`${dev.url}/2`)
      const status = await page.evaluate(async () => {
        const response = await fetch('/__slidev/slides/2.json', {
          method: 'POST',
          headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
          body: JSON.stringify({ note: 'Saved from the deck page' }),
        })
        return response.status
      })
      expect(status).toBe(200)
      expect(readFileSync(slides, 'utf8')).toContain('Saved from the deck page')
    } finally {
      await page.close()
    }
  })

  it('the print server check and export use refuses it too', async () => {
    writeFileSync(slides, original)
    const print = await serveDeck(slides, root, { mode: 'print' })
    try {
      expect((await post(print.url, { Origin: 'http://evil.example' })).status).toBe(403)
      expect(readFileSync(slides, 'utf8')).toBe(original)
    } finally {
      await print.stop()
    }
  })
})
