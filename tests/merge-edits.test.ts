// A hand edit and a later outline change to the same slide, merged three ways (base: what the
// outline made last time, in talkdeck-base.md), through the CLI in a scratch repository.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { splitSlides } from '../scripts/lib/merge/segments.ts'
import { runCli } from './support/cli.ts'

let root: string
const talkdeck = (...args: string[]) => runCli(args, { cwd: root, env: { ...process.env, TALKDECK_ROOT: root } })
const file = (...parts: string[]) => path.join(root, 'slides', 'talk', ...parts)
const read = (name: string) => readFileSync(file(name), 'utf8')
const write = (name: string, text: string) => writeFileSync(file(name), text)
const slide = (id: string) => splitSlides(read('slides.md')).find(s => s.stamp?.id === id)!.text
const reported = (run: { stderr: string }) => run.stderr.split('\n').filter(l => /slide/.test(l))

function edit(id: string, change: (text: string) => string): void {
  const segments = splitSlides(read('slides.md'))
  write('slides.md', segments.map(s => (s.stamp?.id === id ? change(s.text) : s.text)).join(''))
}

const OUTLINE = readFileSync(path.join(import.meta.dirname, 'fixtures', 'merge', 'outline.yaml'), 'utf8')
const outline = (from: string, to: string) => write('outline.yaml', OUTLINE.replace(from, to))

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'talkdeck-merge-'))
  mkdirSync(file(), { recursive: true })
  write('outline.yaml', OUTLINE)
  expect(talkdeck('build', 'talk').status).toBe(0)
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

it('a bullet edited by hand and another changed in the outline: both in slides.md, --check passes', () => {
  edit('why', t =>
    t
      .replace('- first reason\n', '- first reason, as I say it\n')
      .replace('routeAlias: why\n', 'routeAlias: why\ntransition: fade\n'),
  )
  outline('third reason', 'third reason updated')
  const run = talkdeck('build', 'talk')
  expect(run.status, run.stderr).toBe(0)
  expect(reported(run)).toEqual([
    'merged slide 2 "Why" (why, slides/talk/outline.yaml:11:9): edited by hand, and the outline changed other lines of it: both kept',
  ])
  const why = slide('why')
  expect(why).toContain('- first reason, as I say it\n- second reason\n- third reason updated\n- fourth reason\n')
  expect(why).toContain('transition: fade\n')
  const check = talkdeck('build', 'talk', '--check')
  expect(check.status, check.stdout + check.stderr).toBe(0)
  // The merge is the slide's new base: building again changes nothing.
  const before = read('slides.md')
  expect(talkdeck('build', 'talk').status).toBe(0)
  expect(read('slides.md')).toBe(before)
})

it('neighbouring lines, one edited by hand and one by the outline, both kept', () => {
  edit('why', t => t.replace('- first reason\n', '- my first\n'))
  outline('second reason', 'second from the outline')
  expect(talkdeck('build', 'talk').status).toBe(0)
  expect(slide('why')).toContain('- my first\n- second from the outline\n- third reason\n')
})

it('the same line changed both ways: the hand edit is kept, the place reported, --check fails until accepted', () => {
  edit('why', t => t.replace('- third reason\n', '- third, my way\n'))
  const mine = slide('why')
  outline('third reason', 'third the outline way')
  const run = talkdeck('build', 'talk')
  expect(run.status, run.stderr).toBe(0)
  const line = read('slides.md').split('\n').indexOf('- third, my way') + 1
  expect(reported(run)).toEqual([
    `kept slide 2 "Why" (why, slides/talk/outline.yaml:11:9): edited by hand, and the outline changed the same lines (slides/talk/slides.md:${line}:1): carry the change over by hand, then \`build --accept why\`; or \`build --force why\` to take the outline`,
  ])
  expect(slide('why').replace(/^clock:.*\n/m, '')).toBe(mine.replace(/^clock:.*\n/m, ''))
  expect(read('slides.md')).not.toMatch(/^(<<<<<<<|>>>>>>>|=======)/m)
  const check = talkdeck('build', 'talk', '--check')
  expect(check.status).toBe(1)
  expect(check.stderr).toContain(`slides/talk/slides.md:${line}:1`)
  expect(talkdeck('build', 'talk', '--accept', 'why').status).toBe(0)
  expect(talkdeck('build', 'talk', '--check').status).toBe(0)
  expect(slide('why')).toContain('- third, my way\n')
})

it('an accepted edit merges a later outline change', () => {
  edit('why', t => t.replace('- first reason\n', '- first, mine\n'))
  outline('first reason', 'first the outline')
  expect(talkdeck('build', 'talk', '--accept', 'why').status).toBe(0)
  write('outline.yaml', OUTLINE.replace('first reason', 'first the outline').replace('fourth reason', 'fourth later'))
  const run = talkdeck('build', 'talk')
  expect(run.status, run.stderr).toBe(0)
  expect(reported(run)[0]).toMatch(/^merged slide 2 "Why"/)
  expect(slide('why')).toContain('- first, mine\n- second reason\n- third reason\n- fourth later\n')
  expect(talkdeck('build', 'talk', '--check').status).toBe(0)
})

it('a key set by hand and another changed by the outline: both in the frontmatter', () => {
  edit('how', t => t.replace('routeAlias: how\n', 'routeAlias: how\nlayout: center\n'))
  outline('bullets: [one way]', 'bullets: [one way], size: 28')
  const run = talkdeck('build', 'talk')
  expect(run.status, run.stderr).toBe(0)
  const how = slide('how')
  expect(how).toContain('layout: center\n')
  expect(how).toContain('class: body-28\n')
  expect(talkdeck('build', 'talk', '--check').status).toBe(0)
})

it('an outline change carried over exactly by hand merges by itself', () => {
  edit('why', t =>
    t.replace('- third reason\n', '- third reason updated\n').replace('- first reason\n', '- first, mine\n'),
  )
  outline('third reason', 'third reason updated')
  const run = talkdeck('build', 'talk')
  expect(reported(run)[0]).toMatch(/^merged slide 2 "Why"/)
  expect(slide('why')).toContain('- first, mine\n- second reason\n- third reason updated\n')
  expect(talkdeck('build', 'talk', '--check').status).toBe(0)
})

it('a deck without a base file (an earlier version) reports the change as before, then writes one', () => {
  rmSync(file('talkdeck-base.md'))
  edit('why', t => t.replace('- first reason\n', '- first, mine\n'))
  outline('third reason', 'third reason updated')
  const run = talkdeck('build', 'talk')
  expect(run.stderr).toContain('edited by hand, and the outline changed here too')
  expect(slide('why')).toContain('- first, mine\n- second reason\n- third reason\n')
  // The base of every other slide is written; this one has none until it is accepted.
  expect(read('talkdeck-base.md')).toContain('routeAlias: how\n')
  expect(read('talkdeck-base.md')).not.toContain('routeAlias: why\n')
  expect(talkdeck('build', 'talk', '--check').status).toBe(1)
  expect(talkdeck('build', 'talk', '--accept', 'why').status).toBe(0)
  expect(read('talkdeck-base.md')).toContain('- third reason updated\n')
})

it('--accept --all takes the clashing edits as they are and merges the others', () => {
  edit('why', t => t.replace('- first reason\n', '- first, mine\n'))
  edit('how', t => t.replace('- one way\n', '- my way\n'))
  write('outline.yaml', OUTLINE.replace('third reason', 'third reason updated').replace('one way', 'their way'))
  const run = talkdeck('build', 'talk', '--accept', '--all')
  expect(run.status, run.stderr).toBe(0)
  expect(reported(run).map(l => l.split(' (')[0])).toEqual(['merged slide 2 "Why"', 'accepted slide 3 "How"'])
  expect(slide('why')).toContain('- first, mine\n- second reason\n- third reason updated\n')
  expect(slide('how')).toContain('- my way\n')
  expect(talkdeck('build', 'talk', '--check').status).toBe(0)
})
