// Ctrl-C during an export stops it cleanly: exit 130, a plain line instead of a stack trace or a
// made-up browser error, and neither Slidev's server nor Chromium left running.
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { alive } from '../../scripts/lib/slidev/kept.ts'
import { CLI, TSX } from '../support/cli.ts'
import { root } from './support.ts'

const name = `.check-interrupt-${process.pid}`
const dir = path.join(root, 'slides', name)
const out = mkdtempSync(path.join(tmpdir(), 'talkdeck-interrupt-'))

beforeAll(() => {
  mkdirSync(dir, { recursive: true })
  const slides = Array.from(
    { length: 12 },
    (_, i) => `      - { kind: bullets, id: p${i}, title: Point ${i}, bullets: [One, Two] }`,
  ).join('\n')
  writeFileSync(
    path.join(dir, 'outline.yaml'),
    `deck:\n  title: Interrupted\n  language: en\nsections:\n  - id: main\n    title: Main\n    slides:\n${slides}\n`,
  )
})
const leftovers: number[] = []
afterAll(() => {
  for (const pid of leftovers.filter(runs)) process.kill(pid, 'SIGKILL')
  rmSync(dir, { recursive: true, force: true })
  rmSync(out, { recursive: true, force: true })
})

/** Every process below `pid`, from ps. */
function descendants(pid: number): number[] {
  const rows = spawnSync('ps', ['-eo', 'pid=,ppid='], { encoding: 'utf8' })
    .stdout.trim()
    .split('\n')
    .map(r => r.trim().split(/\s+/).map(Number))
  const found: number[] = []
  for (let frontier = [pid]; frontier.length; ) {
    frontier = rows.filter(([, ppid]) => frontier.includes(ppid!)).map(([child]) => child!)
    found.push(...frontier)
  }
  return found
}

/** Whether a process runs: it exists and is not a zombie waiting for an init that never reaps. */
function runs(pid: number): boolean {
  const state = spawnSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' }).stdout.trim()
  return alive(pid) && state !== '' && !state.startsWith('Z')
}

/** Start an export, interrupt it while the deck renders, and see what is left. */
async function interrupt(whom: 'group' | 'process') {
  const child = spawn(
    process.execPath,
    ['--import', TSX, CLI, 'export', name, '--output', path.join(out, 'talk.pdf'), '--no-cache'],
    {
      cwd: root,
      env: { ...process.env, TALKDECK_KEEP_SERVER: '0' },
      detached: true, // its own process group, as a terminal's foreground job
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let stderr = ''
  child.stderr.on('data', chunk => (stderr += chunk))
  const closed = new Promise<number | null>(resolve => child.on('close', code => resolve(code)))
  const started = Date.now()
  while (!/checking \d+ slides/.test(stderr)) {
    if (Date.now() - started > 180_000 || child.exitCode !== null)
      throw new Error(`the export never started rendering:\n${stderr}`)
    await new Promise(r => setTimeout(r, 50))
  }
  const running = descendants(child.pid!)
  process.kill(whom === 'group' ? -child.pid! : child.pid!, 'SIGINT')
  const code = await closed
  await new Promise(r => setTimeout(r, 500))
  const left = running.filter(runs)
  leftovers.push(...left)
  return { code, stderr, running, left }
}

describe('Ctrl-C during export', () => {
  it.each(['group', 'process'] as const)(
    'stops cleanly (SIGINT to the %s): exit 130, no trace, nothing left running',
    async whom => {
      const { code, stderr, running, left } = await interrupt(whom)
      expect(running.length).toBeGreaterThan(1) // Slidev's server and Chromium were running
      expect(code, stderr).toBe(130)
      expect(stderr).toMatch(/interrupted/)
      expect(stderr).not.toMatch(/\n\s+at |E_CHECK_BROWSER|E_SLIDEV_SERVER|Error:/)
      expect(left).toEqual([])
    },
    240_000,
  )
})
