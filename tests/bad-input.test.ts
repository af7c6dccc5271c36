// The catalogue of bad input, through the CLI as a user meets it: a located message with a
// code and a fix, exit 1, and not one file changed.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repo, runCli } from './support/cli.ts'

const fixtures = path.join(repo, 'tests', 'fixtures')
const good = readFileSync(path.join(fixtures, 'outlines', 'minimal.yaml'))
let root: string

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'talkdeck-bad-'))
  mkdirSync(path.join(root, 'public', 'images'), { recursive: true })
  cpSync(path.join(repo, 'public', 'images'), path.join(root, 'public', 'images'), { recursive: true })
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

interface Case {
  name: string
  /** The outline's file name (default outline.yaml). */
  outline?: string
  bytes: Uint8Array
  code: string
  at: string
  message: string
}

function fromFixture(folder: string, file: string): Case {
  const text = readFileSync(path.join(fixtures, folder, file), 'utf8')
  const [, code, at, message] = /^# expect: (E_[A-Z_]+) at (\d+:\d+) — (.+)$/m.exec(text)!
  return { name: file, bytes: Buffer.from(text), code: code!, at: at!, message: message! }
}

/** A Markdown outline with a mistake: its `<!-- expect: … -->` line says what is reported. */
function fromMarkdownFixture(file: string): Case {
  const text = readFileSync(path.join(fixtures, 'outlines-md', file), 'utf8')
  const [, code, at, message] = /^<!-- expect: (E_[A-Z_]+) at (\d+:\d+) — (.+) -->$/m.exec(text)!
  return { name: file, outline: 'outline.md', bytes: Buffer.from(text), code: code!, at: at!, message: message! }
}

const cases: Case[] = [
  ...readdirSync(path.join(fixtures, 'outlines-md'))
    .filter(f => f.includes('.expect-error.'))
    .map(fromMarkdownFixture),
  ...readdirSync(path.join(fixtures, 'outlines'))
    .filter(f => f.includes('.expect-error.'))
    .map(f => fromFixture('outlines', f)),
  ...readdirSync(path.join(fixtures, 'assets')).map(f => fromFixture('assets', f)),
  {
    name: 'non-UTF-8 (Latin-1) file',
    bytes: Buffer.concat([Buffer.from('deck:\n  title: Caf'), Buffer.from([0xe9]), Buffer.from('\nsections: []\n')]),
    code: 'E_ENCODING',
    at: '2:13',
    message: 'not valid UTF-8',
  },
  {
    name: '10 MB outline',
    bytes: Buffer.from(
      `deck:\n  title: Huge\nsections:\n${'  - id: s\n    title: padding padding padding padding padding\n'.repeat(200_000)}`,
    ),
    code: 'E_TOO_LARGE',
    at: '1:1',
    message: 'talkdeck reads outlines up to 2 MiB',
  },
]

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).map(f => [f, readFileSync(path.join(dir, f), 'utf8')]))
}

describe('bad input', () => {
  it.each(cases.map(c => [c.name, c] as const))('%s', (_, c) => {
    const deck = `bad-${c.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`
    const dir = path.join(root, 'slides', deck)
    mkdirSync(dir, { recursive: true })
    writeFileSync(path.join(dir, 'outline.yaml'), good)
    const env = { ...process.env, TALKDECK_ROOT: root }
    const cli = (...args: string[]) => runCli(args, { cwd: root, env, timeout: 60_000 })
    expect(cli('build', deck).status).toBe(0) // a good deck first, so "nothing changed" means something

    const outline = c.outline ?? 'outline.yaml'
    if (outline !== 'outline.yaml') rmSync(path.join(dir, 'outline.yaml'))
    writeFileSync(path.join(dir, outline), c.bytes)
    const before = snapshot(dir)
    const started = Date.now()
    const run = cli('build', deck)
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(`slides/${deck}/${outline}:${c.at} error ${c.code}: `)
    expect(run.stderr).toContain(c.message)
    expect(run.stderr).toMatch(/\n {2}fix: \S/)
    expect(snapshot(dir)).toEqual(before)
    expect(Date.now() - started).toBeLessThan(30_000) // answered, not hung
  })
})
