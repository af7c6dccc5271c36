// A talk with a prompt block and a Python block, through the real CLI: the check is clean (a code
// block written by hand in slides.md too), code is measured at 18 px or more, and the exported PDF
// holds the code as text in the embedded monospace face.
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from '../support/cli.ts'
import { root } from './support.ts'

const name = `.code-${randomBytes(4).toString('hex')}`
const dir = path.join(root, 'slides', name)
const out = mkdtempSync(path.join(tmpdir(), 'talkdeck-code-'))
const outline = readFileSync(path.join(root, 'tests', 'fixtures', 'code', 'outline.md'), 'utf8').replace(
  'A:\n```',
  'A:\n\n问：一共有多少个苹果？\n```',
)
const byHand = `
---

# Written by hand

\`\`\`json
{ "model": "gpt-3.5-turbo", "messages": [{ "role": "user", "content": "Explain RLHF in one sentence to engineers who know supervised learning" }] }
\`\`\`
`
const env = { ...process.env, TALKDECK_KEEP_SERVER: '0' }

afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
  rmSync(out, { recursive: true, force: true })
  const cache = path.join(root, '.talkdeck', 'cache')
  for (const f of existsSync(cache) ? readdirSync(cache) : []) if (f.startsWith(`${name}-`)) rmSync(path.join(cache, f))
})

describe('code and prompt blocks', () => {
  it(
    'check clean, code at 18 px or more, and the PDF has the code as text in a monospace face',
    { timeout: 600_000 },
    () => {
      mkdirSync(dir, { recursive: true })
      writeFileSync(path.join(dir, 'outline.md'), outline)
      const build = runCli(['build', name], { timeout: 60_000 })
      expect(build.status, build.stderr).toBe(0)
      const slides = path.join(dir, 'slides.md')
      expect(readFileSync(slides, 'utf8')).toContain('```python\nimport torch.nn.functional as F\n')
      writeFileSync(slides, readFileSync(slides, 'utf8') + byHand)

      const check = runCli(['check', name, '--json'], { env, timeout: 280_000 })
      expect(check.status, check.stdout + check.stderr).toBe(0)
      const { findings, figures } = JSON.parse(check.stdout) as {
        findings: unknown[]
        figures: { smallestCode: { px: number } | null }
      }
      expect(findings).toEqual([])
      expect(figures.smallestCode!.px).toBeGreaterThanOrEqual(18)

      const pdf = path.join(out, 'talk.pdf')
      const run = runCli(['export', name, '--output', pdf], { env, timeout: 280_000 })
      expect(run.status, run.stderr).toBe(0)
      const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout
      expect(text).toContain('def pairwise_loss(r_chosen, r_rejected):')
      expect(text).toContain('return -F.logsigmoid(r_chosen - r_rejected).mean()')
      expect(text).toContain('The answer is 11.')
      expect(text).toContain('问：一共有多少个苹果？')
      expect(text).toContain('"model": "gpt-3.5-turbo"')
      const fonts = spawnSync('pdffonts', [pdf], { encoding: 'utf8' }).stdout
      expect(fonts).toMatch(/NotoSansMono-Regular\s+CID TrueType\s+Identity-H\s+yes/)
    },
  )
})
