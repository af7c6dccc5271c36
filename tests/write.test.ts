// A write that is cut off, by an error or by a killed process, leaves the old file whole, and the
// next write of the file removes the temporary file a killed one left.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const failRename = vi.hoisted(() => ({ on: false }))
vi.mock('node:fs/promises', async original => {
  const fs = await original<typeof import('node:fs/promises')>()
  return {
    ...fs,
    rename: (from: string, to: string) =>
      failRename.on ? Promise.reject(new Error('disk gone (injected)')) : fs.rename(from, to),
  }
})

const { writeAtomic } = await import('../scripts/lib/write.ts')
const repo = path.resolve(import.meta.dirname, '..')
let dir: string
const OLD = '---\n# The old deck, whole\n---\n\n# Slide\n'

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'talkdeck-write-'))
  writeFileSync(path.join(dir, 'slides.md'), OLD)
})
afterEach(() => {
  failRename.on = false
  rmSync(dir, { recursive: true, force: true })
})

describe('writeAtomic', () => {
  it('replaces the file when all goes well', async () => {
    await writeAtomic(path.join(dir, 'slides.md'), 'new')
    expect(readFileSync(path.join(dir, 'slides.md'), 'utf8')).toBe('new')
    expect(readdirSync(dir)).toEqual(['slides.md'])
  })

  it('takes concurrent writes to one file: one of them wins whole, and no temporary file is left', async () => {
    const file = path.join(dir, 'slides.md')
    const versions = ['one', 'two', 'three', 'four'].map(v => `${v}\n`.repeat(50_000))
    await Promise.all(versions.map(v => writeAtomic(file, v)))
    expect(versions).toContain(readFileSync(file, 'utf8'))
    expect(readdirSync(dir)).toEqual(['slides.md'])
  })

  it('leaves the old file and no temporary file when the rename fails', async () => {
    failRename.on = true
    await expect(writeAtomic(path.join(dir, 'slides.md'), 'new')).rejects.toThrow('injected')
    expect(readFileSync(path.join(dir, 'slides.md'), 'utf8')).toBe(OLD)
    expect(readdirSync(dir)).toEqual(['slides.md'])
  })

  it('leaves the old file whole when the process is killed mid-write', async () => {
    const script = path.join(dir, 'writer.mjs')
    const write = pathToFileURL(path.join(repo, 'scripts', 'lib', 'write.ts')).href
    writeFileSync(
      script,
      `import { writeAtomic } from '${write}'\nawait writeAtomic(process.argv[2], 'x'.repeat(400 * 1024 * 1024))\n`,
    )
    const tsx = pathToFileURL(path.join(repo, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href
    const child = spawn(process.execPath, ['--import', tsx, script, path.join(dir, 'slides.md')], { stdio: 'ignore' })
    const started = Date.now()
    while (!readdirSync(dir).some(f => f.endsWith('.tmp'))) {
      if (Date.now() - started > 30_000 || child.exitCode !== null)
        throw new Error('the writer never started its temporary file')
      await new Promise(r => setTimeout(r, 2))
    }
    child.kill('SIGKILL')
    await new Promise(r => child.once('close', r))
    expect(readFileSync(path.join(dir, 'slides.md'), 'utf8')).toBe(OLD)
    expect(existsSync(path.join(dir, 'slides.md'))).toBe(true)

    // The killed writer's temporary file goes with the next write of the file; a running
    // process's (pid 1 runs) is left alone, it may be writing still.
    expect(readdirSync(dir).filter(f => f.endsWith('.tmp'))).toHaveLength(1)
    writeFileSync(path.join(dir, '.slides.md.1-0badcafe.tmp'), 'being written')
    await writeAtomic(path.join(dir, 'slides.md'), 'next')
    expect(readdirSync(dir).sort()).toEqual(['.slides.md.1-0badcafe.tmp', 'slides.md', 'writer.mjs'])
  })
})
