// `npm run setup` on a fresh machine: npm must not warn about the project's own configuration,
// and Playwright must not try to download a browser while the packages install.
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { repo } from './support/cli.ts'

let dir: string | undefined
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }))

describe('setup', () => {
  it("npm finds no unknown key in the project's configuration", () => {
    const run = spawnSync('npm', ['config', 'get', 'fund'], { cwd: repo, encoding: 'utf8' })
    expect(run.status).toBe(0)
    expect(run.stderr).not.toContain('Unknown project config')
  })

  it('installs the packages with PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'talkdeck-setup-'))
    // A stand-in npm that records what it was run with, instead of installing anything.
    const bin = path.join(dir, 'bin')
    mkdirSync(bin)
    writeFileSync(
      path.join(bin, 'npm'),
      `#!/bin/sh\necho "$* skip=$PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD" >> "${dir}/npm.log"\n`,
    )
    chmodSync(path.join(bin, 'npm'), 0o755)
    const run = spawnSync('bash', [path.join(repo, 'scripts', 'setup.sh')], {
      encoding: 'utf8',
      env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}`, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '' },
    })
    expect(run.status, run.stderr).toBe(0)
    expect(readFileSync(path.join(dir, 'npm.log'), 'utf8')).toMatch(/^ci .* skip=1$/m)
  })
})
