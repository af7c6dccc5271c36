// The error codes are one type, and the README's table lists each with its meaning and exit
// status: the two stay equal. Usage mistakes exit 2, wherever the CLI catches them.
import { readFileSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ERROR_CODES, exitStatus } from '../scripts/lib/errors.ts'

const root = path.join(import.meta.dirname, '..')

describe('error codes', () => {
  it('are listed in the README, each with its meaning and exit status', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8')
    const rows = [...readme.matchAll(/^\| `(E_[A-Z_]+)` \| (.+) \| ([12]) \|$/gm)].map(m => [m[1], m[2], Number(m[3])])
    expect(rows).toEqual(Object.entries(ERROR_CODES).map(([code, v]) => [code, v.meaning, v.exit]))
  })

  it('give usage mistakes exit status 2', () => {
    expect(exitStatus('E_USAGE')).toBe(2)
    expect(exitStatus('E_DECK_NAME')).toBe(2)
    expect(exitStatus('E_YAML')).toBe(1)
  })

  it('end a run with a usage mistake caught past argument parsing with status 2', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/cli.ts', 'export', 'chatgpt', '--format', 'docx'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    )
    expect(run.stderr).toContain('E_USAGE')
    expect(run.status).toBe(2)
  })
})
