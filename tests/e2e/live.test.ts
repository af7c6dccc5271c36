// `talkdeck dev`: saving the outline shows up in the open page through Slidev's hot reload.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLI, TSX } from '../support/cli.ts'
import { answers, freePort, launchBrowser, root } from './support.ts'

const name = `.live-${process.pid}`
const dir = path.join(root, 'slides', name)
const outlineFile = path.join(dir, 'outline.yaml')
const outline = readFileSync(path.join(root, 'tests', 'fixtures', 'merge', 'talk.yaml'), 'utf8')

let dev: ChildProcess
let output = ''
let browser: Browser
let page: Page
let url: string

beforeAll(async () => {
  mkdirSync(dir, { recursive: true })
  writeFileSync(outlineFile, outline)
  const port = await freePort()
  dev = spawn(process.execPath, ['--import', TSX, CLI, 'dev', name, '--port', String(port)], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
  dev.stdout?.on('data', d => (output += d))
  dev.stderr?.on('data', d => (output += d))
  url = `http://localhost:${port}`
  browser = await launchBrowser()
  page = await browser.newPage({ viewport: { width: 980, height: 552 } })
  const started = Date.now()
  while (!(await answers(url))) {
    if (Date.now() - started > 120_000 || dev.exitCode !== null) throw new Error(`talkdeck dev did not start:\n${output}`)
    await new Promise(r => setTimeout(r, 300))
  }
})

afterAll(async () => {
  await browser?.close()
  if (dev && dev.exitCode === null) {
    dev.kill('SIGTERM')
    await new Promise(r => dev.once('close', r))
  }
  rmSync(dir, { recursive: true, force: true })
})

const visible = (text: string) => page.waitForFunction(t => document.querySelector('.slidev-page-4 .slidev-layout')?.textContent?.includes(t), text, { timeout: 30_000 })

describe('talkdeck dev', () => {
  it('shows an outline edit in the open page without reloading it, and survives an invalid outline', async () => {
    await page.goto(`${url}/4`)
    await visible('Rules')
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42))

    writeFileSync(outlineFile, outline.replace('title: Rules', 'title: Rules, edited live'))
    await visible('Rules, edited live')

    writeFileSync(outlineFile, outline.replace('kind: bullets\n        id: rules', 'kind: bulets\n        id: rules'))
    await expect.poll(() => output, { timeout: 20_000 }).toContain('error E_SLIDE_KIND')
    expect(output).toContain('still serving the last good slides')
    await visible('Rules, edited live')

    writeFileSync(outlineFile, outline.replace('title: Rules', 'title: Rules, fixed again'))
    await visible('Rules, fixed again')
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42)
    expect(dev.exitCode).toBeNull()
  })
})
