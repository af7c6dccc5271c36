// Rehearsals: the recorder's stretches, the report per section from fixture rehearsals
// (tests/fixtures/rehearsals/, as the presenter view saves them), and the dev server's route.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startRecording } from '../scripts/lib/rehearsal/recorder.ts'
import { median, speakingSeconds } from '../scripts/lib/rehearsal/report.ts'
import { repo, runCli } from './support/cli.ts'

const fixtures = path.join(repo, 'tests', 'fixtures', 'rehearsals')

describe('the recorder', () => {
  it('keeps one stretch per slide and click, in order, and nothing for a move that is no move', () => {
    const rec = startRecording(Date.parse('2026-12-02T09:00:00Z'), { slide: 1, id: 'cover', click: 0 })
    const t0 = Date.parse('2026-12-02T09:00:00Z')
    rec.move(t0 + 1000, { slide: 1, id: 'cover', click: 0 })
    rec.move(t0 + 5000, { slide: 2, id: 'why', click: 0 })
    rec.move(t0 + 7000, { slide: 2, id: 'why', click: 1 })
    rec.move(t0 + 7000, { slide: 3, click: 0 })
    expect(rec.stop(t0 + 9500)).toEqual({
      started: '2026-12-02T09:00:00.000Z',
      stretches: [
        { slide: 1, id: 'cover', click: 0, ms: 5000 },
        { slide: 2, id: 'why', click: 0, ms: 2000 },
        { slide: 3, click: 0, ms: 2500 },
      ],
    })
  })
})

describe('the report', () => {
  it('estimates from the notes: English words and Chinese characters at a speaking pace', () => {
    expect(speakingSeconds(Array(130).fill('word').join(' '))).toBe(60)
    expect(speakingSeconds('字'.repeat(230))).toBe(60)
    expect(speakingSeconds(undefined)).toBe(0)
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 2, 3])).toBe(2.5)
  })

  let root: string
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'talkdeck-rehearsals-'))
    mkdirSync(path.join(root, 'slides', 'talk'), { recursive: true })
    cpSync(
      path.join(repo, 'tests', 'fixtures', 'present', 'talk.yaml'),
      path.join(root, 'slides', 'talk', 'outline.yaml'),
    )
  })
  afterEach(() => rmSync(root, { recursive: true, force: true }))
  const talkdeck = (...args: string[]) => runCli(args, { cwd: root, env: { ...process.env, TALKDECK_ROOT: root } })

  it('prints per section the plan, the notes, the last rehearsal and the median, and the slides that ran long', () => {
    const none = talkdeck('rehearsals', 'talk')
    expect(none.status, none.stderr).toBe(0)
    expect(none.stdout).toMatch(/^Introduction\s+4:00\s+0:06\s+–\s+–$/m)
    expect(none.stdout).toContain('no rehearsal yet')

    cpSync(fixtures, path.join(root, 'slides', 'talk', 'rehearsals'), { recursive: true })
    const run = talkdeck('rehearsals', 'talk')
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout.split('\n')).toEqual([
      'section      planned   notes    last  median',
      'Introduction    4:00    0:06    4:00    4:00',
      'Method          6:00    0:01    1:50    2:25',
      'whole talk     10:00    0:07    5:50    5:50',
      '3 rehearsal(s); the last on 2026-12-02 09:00 UTC',
      'slides that ran longest against their share, in the last rehearsal:',
      '  why "Why it matters": 3:20 for 3:00 planned',
      '',
    ])
  })

  it('refuses a file in rehearsals/ that is not a rehearsal, saying which', () => {
    const dir = path.join(root, 'slides', 'talk', 'rehearsals')
    mkdirSync(dir)
    writeFileSync(path.join(dir, 'notes.json'), '{"started": "yesterday"}')
    const run = talkdeck('rehearsals', 'talk')
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('slides/talk/rehearsals/notes.json:1:1 error E_REHEARSAL')
    expect(readdirSync(dir)).toEqual(['notes.json'])
    expect(readFileSync(path.join(dir, 'notes.json'), 'utf8')).toBe('{"started": "yesterday"}')
  })
})
