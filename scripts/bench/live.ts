// How long from saving the outline to the new text being visible in an open browser, with
// `talkdeck dev` running. Usage: npm run bench:live [-- --edits 9]
import { spawn } from 'node:child_process'
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-chromium'
import { CHROMIUM_ARGS, findChromium, playwrightChromium } from '../lib/slidev/chromium.ts'
import { answers } from '../lib/slidev/serve.ts'
import { canvasHeight, theme } from '../lib/theme.ts'

const { values } = parseArgs({ options: { edits: { type: 'string', default: '7' }, port: { type: 'string', default: '3137' } } })
const edits = Number(values.edits)
const root = path.resolve(import.meta.dirname, '..', '..')
const name = `.live-bench-${process.pid}`
const dir = path.join(root, 'slides', name)
const outlineFile = path.join(dir, 'outline.yaml')

mkdirSync(dir, { recursive: true })
cpSync(path.join(root, 'slides', 'chatgpt', 'outline.yaml'), outlineFile)
const outline = readFileSync(outlineFile, 'utf8')
const slideTitle = 'GPT-1：生成式预训练 + 有监督微调'
if (!outline.includes(`title: ${slideTitle}`)) throw new Error(`the talk has no slide titled ${slideTitle}`)

const dev = spawn(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', 'dev', name, '--port', values.port!], { cwd: root, stdio: 'ignore' })
const browser = await chromium.launch({ executablePath: findChromium({ env: process.env, playwright: await playwrightChromium() }), args: CHROMIUM_ARGS })
try {
  const url = `http://localhost:${values.port}`
  while (!(await answers(url))) await new Promise(r => setTimeout(r, 200))
  const page = await browser.newPage({ viewport: { width: theme.canvas.width, height: canvasHeight() } })
  await page.goto(`${url}/gpt1`)
  await page.waitForFunction(t => document.body.innerText.includes(t), slideTitle, { timeout: 60_000 })

  const times: number[] = []
  for (let i = 1; i <= edits; i++) {
    const marker = `${slideTitle}（第 ${i} 次修改）`
    const started = performance.now()
    writeFileSync(outlineFile, outline.replace(`title: ${slideTitle}`, `title: ${marker}`))
    await page.waitForFunction(t => document.body.innerText.includes(t), marker, { timeout: 30_000, polling: 'raf' })
    times.push(performance.now() - started)
    await new Promise(r => setTimeout(r, 300))
  }
  const sorted = [...times].sort((a, b) => a - b)
  const median = sorted[Math.floor(sorted.length / 2)]!
  console.log(`save → visible, ${edits} edits of slides/chatgpt's outline (${process.platform}, ${(await import('node:os')).cpus().length} cores):`)
  console.log(`  each:   ${times.map(t => `${Math.round(t)} ms`).join(', ')}`)
  console.log(`  median: ${Math.round(median)} ms   min: ${Math.round(sorted[0]!)} ms   max: ${Math.round(sorted.at(-1)!)} ms`)
} finally {
  await browser.close()
  dev.kill('SIGTERM')
  rmSync(dir, { recursive: true, force: true })
}
