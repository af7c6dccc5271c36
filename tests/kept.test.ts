// A kept server's state file outlives its server (and the machine's uptime): the pid in it may
// belong to anything by now. Stopping trusts only a server that proves, over HTTP, to be the
// one the state file names, and never signals a process.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { alive, serversDir, stopKeptServers } from '../scripts/lib/slidev/kept.ts'
import { freePort } from '../scripts/lib/slidev/serve.ts'

let root: string
let sleeper: ChildProcess
let other: Server | undefined

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'talkdeck-kept-'))
  mkdirSync(serversDir(root), { recursive: true })
  sleeper = spawn('sleep', ['100'], { stdio: 'ignore' })
})
afterEach(async () => {
  sleeper.kill('SIGKILL')
  await new Promise<void>(resolve => (other ? other.close(() => resolve()) : resolve()))
  other = undefined
  rmSync(root, { recursive: true, force: true })
})

function stateOf(url: string): void {
  const state = {
    pid: sleeper.pid,
    url,
    slides: path.join(root, 'slides', 'd', 'slides.md'),
    key: 'k',
    token: 'the-token',
  }
  writeFileSync(path.join(serversDir(root), 'd.json'), JSON.stringify(state))
}

const settle = () => new Promise(resolve => setTimeout(resolve, 300))

describe('stopping kept servers', () => {
  it('leaves alone the process of a pid in the state file when nothing answers at its address', async () => {
    stateOf(`http://localhost:${await freePort()}`)
    expect(await stopKeptServers(root, 'd')).toBe(0)
    await settle()
    expect(alive(sleeper.pid!)).toBe(true)
  })

  it('leaves alone both the pid and a server that answers at the address but is not the kept one', async () => {
    const port = await freePort()
    other = createServer((_req, res) => res.end('someone else')).listen(port, '127.0.0.1')
    stateOf(`http://127.0.0.1:${port}`)
    expect(await stopKeptServers(root, 'd')).toBe(0)
    await settle()
    expect(alive(sleeper.pid!)).toBe(true)
    expect(await fetch(`http://127.0.0.1:${port}/`).then(r => r.text())).toBe('someone else')
  })
})
