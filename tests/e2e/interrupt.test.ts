// Ctrl-C during an export stops it cleanly: exit 130, a plain line instead of a stack trace or a
// made-up browser error, and neither Slidev's server nor Chromium left running. A CLI killed
// outright (kill -9: no chance to clean up) leaves nothing running either: its Slidev server dies
// with it, a kept one too while it starts (before it is recorded for the next run and `stop`).
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { alive, serversDir } from '../../scripts/lib/slidev/kept.ts'
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
  rmSync(path.join(serversDir(root), `${name}.json`), { force: true })
  rmSync(path.join(serversDir(root), `${name}.log`), { force: true })
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

/** The command line of a process, '' once it is gone. */
const commandOf = (pid: number) => spawnSync('ps', ['-o', 'args=', '-p', String(pid)], { encoding: 'utf8' }).stdout

/**
 * Start an export, kill -9 the CLI once its Slidev server is spawned (`keep`: a kept one, while it
 * starts up; else a server of its own, once the deck renders), and list what still runs 20 s on.
 */
async function killHard(keep: boolean) {
  const child = spawn(
    process.execPath,
    ['--import', TSX, CLI, 'export', name, '--output', path.join(out, 'killed.pdf'), '--no-cache'],
    { cwd: root, env: { ...process.env, TALKDECK_KEEP_SERVER: keep ? '1' : '0' }, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let stderr = ''
  child.stderr.on('data', chunk => (stderr += chunk))
  const closed = new Promise(resolve => child.on('close', resolve))
  const started = Date.now()
  const ready = () =>
    keep
      ? descendants(child.pid!).some(pid => commandOf(pid).includes('print-server.mjs'))
      : /checking \d+ slides/.test(stderr)
  while (!ready()) {
    if (Date.now() - started > 180_000 || child.exitCode !== null) throw new Error(`no server was started:\n${stderr}`)
    await new Promise(r => setTimeout(r, keep ? 20 : 50))
  }
  const running = descendants(child.pid!)
  child.kill('SIGKILL')
  await closed
  for (let waited = 0; waited < 20_000 && running.some(runs); waited += 250) await new Promise(r => setTimeout(r, 250))
  const left = running.filter(runs)
  leftovers.push(...left)
  return { running, left: left.map(pid => `${pid} ${commandOf(pid).slice(0, 120)}`) }
}

describe('kill -9 of the CLI', () => {
  it('leaves no Slidev server or Chromium running (TALKDECK_KEEP_SERVER=0)', async () => {
    const { running, left } = await killHard(false)
    expect(running.length).toBeGreaterThan(1)
    expect(left).toEqual([])
  }, 240_000)

  it("during a kept server's start-up leaves no server running that no one knows of", async () => {
    const { running, left } = await killHard(true)
    expect(running.length).toBeGreaterThan(0)
    expect(left).toEqual([])
  }, 240_000)
})
