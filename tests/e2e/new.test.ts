// A deck started with `talkdeck new` checks clean in real Slidev and real headless Chromium:
// `talkdeck check` (as `npm run check` runs it) of the default starter exits 0 with no findings.
import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from '../support/cli.ts'
import { root } from './support.ts'

const made: string[] = []
afterAll(() => {
  for (const name of made) rmSync(path.join(root, 'slides', name), { recursive: true, force: true })
})

describe('a new deck', () => {
  for (const [lang, format] of [['en', 'md']] as const) {
    it(`checks clean (${lang}, ${format})`, { timeout: 300_000 }, () => {
      const name = `.new-${lang}-${randomBytes(4).toString('hex')}`
      made.push(name)
      const created = runCli(['new', name, '--lang', lang, '--format', format])
      expect(created.status, created.stderr).toBe(0)
      const check = runCli(['check', name, '--no-keep'], { env: { ...process.env, TALKDECK_KEEP_SERVER: '0' } })
      expect(check.status, `${check.stdout}\n${check.stderr}`).toBe(0)
      expect(check.stdout).toMatch(/checked \d+ slides: nothing to report/)
    })
  }
})
