// Export failures end with an actionable error, exit 1, and any earlier PDF left whole.
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../support/cli.ts'
import { root } from './support.ts'

const name = `.export-fail-${process.pid}`
const dir = path.join(root, 'slides', name)
const out = mkdtempSync(path.join(tmpdir(), 'talkdeck-fail-'))
const pdf = path.join(out, 'talk.pdf')
const EARLIER = '%PDF-1.7 an earlier export, which must survive\n'

function exportWith(args: string[], env: NodeJS.ProcessEnv = {}) {
  writeFileSync(pdf, EARLIER)
  return runCli(['export', name, '--output', pdf, ...args], { env: { ...process.env, ...env }, timeout: 180_000 })
}

function fakeBrowser(file: string, body: string): string {
  const script = path.join(out, file)
  writeFileSync(script, `#!/bin/sh\n${body}\n`)
  chmodSync(script, 0o755)
  return script
}

beforeAll(() => {
  mkdirSync(dir, { recursive: true })
  writeFileSync(
    path.join(dir, 'outline.yaml'),
    readFileSync(path.join(root, 'tests', 'fixtures', 'merge', 'talk.yaml')),
  )
})
afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
  rmSync(out, { recursive: true, force: true })
})

describe('export failures', () => {
  it('no browser: says how to install one', () => {
    const run = exportWith([], { TALKDECK_CHROMIUM: path.join(out, 'no-such-chrome') })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('error E_NO_CHROMIUM')
    expect(run.stderr).toContain('npx playwright install chromium')
    expect(readFileSync(pdf, 'utf8')).toBe(EARLIER)
  })

  it("a browser that crashes at start: Slidev's error, and the earlier PDF intact", () => {
    const run = exportWith(['--executable-path', fakeBrowser('crash.sh', 'echo "browser crashed" >&2; exit 3')])
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/error E_CHECK_BROWSER: could not start .*crash\.sh/)
    expect(readFileSync(pdf, 'utf8')).toBe(EARLIER)
  })

  it('a browser that hangs: stopped after --timeout, and the earlier PDF intact', () => {
    const started = Date.now()
    const run = exportWith(['--executable-path', fakeBrowser('hang.sh', 'exec sleep 600'), '--timeout', '15'])
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('error E_BROWSER_TIMEOUT')
    expect(Date.now() - started).toBeLessThan(120_000)
    expect(readFileSync(pdf, 'utf8')).toBe(EARLIER)
    expect(spawnSync('pgrep', ['-f', path.join(out, 'hang.sh')]).status).toBe(1) // nothing left running
  })

  it('an output path that cannot be written: says so before starting a browser', () => {
    const blocker = path.join(out, 'a-file')
    writeFileSync(blocker, 'not a folder')
    const run = runCli(['export', name, '--output', path.join(blocker, 'talk.pdf')])
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/error E_OUTPUT: cannot write .*a-file\/talk\.pdf/)
    expect(run.stderr).toContain('--output')
  })

  it('a --timeout that is not a number is a usage error', () => {
    const run = exportWith(['--timeout', 'soon'])
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('error E_USAGE: --timeout takes a number of seconds')
  })
})
