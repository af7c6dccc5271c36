// Nothing the user wrote is lost, whatever the disk does: `talkdeck build` as a user runs it,
// against files it cannot read and folders it cannot write.
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from './support/cli.ts'
import { handOver, ordinaryUser } from './support/unprivileged.ts'

let root: string
let folder: string
let slides: string

const slide = (id: string) => `      - { kind: bullets, id: ${id}, title: ${id.toUpperCase()}, bullets: [${id}] }\n`
const outline = (...ids: string[]) =>
  `deck:\n  title: T\nsections:\n  - id: a\n    title: A\n    slides:\n${ids.map(slide).join('')}`

function talkdeck(...args: string[]) {
  handOver(root)
  return runCli(args, { cwd: root, env: { ...process.env, TALKDECK_ROOT: root }, ...ordinaryUser })
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'talkdeck-no-loss-'))
  folder = path.join(root, 'slides', 't')
  slides = path.join(folder, 'slides.md')
  mkdirSync(folder, { recursive: true })
  writeFileSync(path.join(folder, 'outline.yaml'), outline('x'))
})
afterEach(() => {
  chmodSync(folder, 0o755)
  rmSync(root, { recursive: true, force: true })
})

/** A build that failed as a person should see it: located, with a fix, no stack trace. */
function expectReported(run: ReturnType<typeof talkdeck>, code: string) {
  expect(run.status, run.stderr).toBe(1)
  expect(run.stderr).toMatch(new RegExp(`slides/t/[\\w.]+:1:1 error ${code}: `))
  expect(run.stderr).toContain('fix: ')
  expect(run.stderr).not.toMatch(/^\s+at /m)
}

describe('a slides.md that cannot be read', () => {
  it('is refused with E_READ, and left as it was', () => {
    expect(talkdeck('build', 't').status).toBe(0)
    const edited = `${readFileSync(slides, 'utf8')}\n---\n\n# Written by hand the night before\n`
    writeFileSync(slides, edited)
    chmodSync(slides, 0o000)
    const run = talkdeck('build', 't')
    chmodSync(slides, 0o644)
    expectReported(run, 'E_READ')
    expect(run.stderr).toContain('cannot read slides/t/slides.md: permission denied')
    expect(readFileSync(slides, 'utf8')).toBe(edited)
    expect(readdirSync(folder).sort()).toEqual([
      'outline.yaml',
      'slides.md',
      'talkdeck-base.md',
      'talkdeck-record.yaml',
    ])
  })

  it('is refused when it is a folder', () => {
    mkdirSync(slides)
    writeFileSync(path.join(slides, 'mine.md'), 'mine')
    expectReported(talkdeck('build', 't'), 'E_READ')
    expect(readFileSync(path.join(slides, 'mine.md'), 'utf8')).toBe('mine')
  })
})

describe('a deck folder that cannot be written', () => {
  it('fails with E_WRITE, records nothing it did not write, and the next build adds the new slide', () => {
    expect(talkdeck('build', 't').status).toBe(0)
    const before = readFileSync(slides, 'utf8')
    writeFileSync(path.join(folder, 'outline.yaml'), outline('x', 'y'))
    chmodSync(folder, 0o555)
    const run = talkdeck('build', 't')
    chmodSync(folder, 0o755)
    expectReported(run, 'E_WRITE')
    expect(run.stderr).toContain('slides/t/slides.md is as it was')
    expect(readFileSync(slides, 'utf8')).toBe(before)

    const again = talkdeck('build', 't')
    expect(again.status, again.stderr).toBe(0)
    expect(again.stderr).not.toContain('deleted by hand')
    expect(readFileSync(slides, 'utf8')).toContain('# Y')
    expect(readFileSync(slides, 'utf8')).not.toContain('talkdeck-deleted')
  })

  it('keeps the hand edits when the backup of --force cannot be written', () => {
    expect(talkdeck('build', 't').status).toBe(0)
    const edited = readFileSync(slides, 'utf8').replace('- x\n', '- x, said better by hand\n')
    writeFileSync(slides, edited)
    chmodSync(folder, 0o555)
    const run = talkdeck('build', 't', '--force', '--all')
    chmodSync(folder, 0o755)
    expectReported(run, 'E_WRITE')
    expect(readFileSync(slides, 'utf8')).toBe(edited)
  })
})
