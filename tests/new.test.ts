// `talkdeck new` as a user runs it: a starter deck that builds, in either language and format,
// and a refusal (with nothing written) for a deck that exists or a name that is not a deck name.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { generateMarkdown } from '../scripts/lib/generate.ts'
import { LANGUAGES, starterOutline, titleFromName } from '../scripts/lib/starter.ts'
import { runCli } from './support/cli.ts'

let root: string
const talkdeck = (...args: string[]) => runCli(args, { cwd: root, env: { ...process.env, TALKDECK_ROOT: root } })
const deck = (...parts: string[]) => path.join(root, 'slides', ...parts)

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'talkdeck-new-'))
  mkdirSync(path.join(root, 'slides'))
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

describe('the starter outline', () => {
  for (const language of LANGUAGES) {
    for (const format of ['md', 'yaml'] as const) {
      it(`builds in ${language}, as ${format}, with every main kind, notes and minutes`, () => {
        const text = starterOutline('q3-review', language, format)
        const built = generateMarkdown(new TextEncoder().encode(text), `outline.${format}`)
        const kinds = built.outline.sections.flatMap(s => s.slides.map(slide => slide.kind))
        for (const kind of ['cover', 'agenda', 'bullets', 'table', 'quote', 'columns', 'timeline', 'pipeline', 'chart'])
          expect(kinds).toContain(kind)
        expect(built.outline.sections.every(s => typeof s.minutes === 'number')).toBe(true)
        expect(built.slides.some(slide => slide.notes)).toBe(true)
        expect(built.slideCount).toBeGreaterThanOrEqual(5)
      })
    }
  }

  it('takes its title from the deck name', () => {
    expect(titleFromName('q3-review')).toBe('Q3 Review')
    expect(starterOutline('q3-review', 'zh', 'md')).toContain('title: Q3 Review\n')
  })
})

describe('talkdeck new', () => {
  it('writes and builds a deck, says what to run next, and refuses it a second time', () => {
    const run = talkdeck('new', 'q3-review')
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/wrote slides\/q3-review\/outline\.md \(\d+ slides\); next:/)
    expect(run.stdout).toContain('npm run dev -- q3-review')
    expect(run.stdout).toContain('npm run check -- q3-review')
    expect(readdirSync(deck('q3-review')).sort()).toEqual([
      'outline.md',
      'slides.md',
      'talkdeck-base.md',
      'talkdeck-record.yaml',
    ])
    const before = readFileSync(deck('q3-review', 'outline.md'), 'utf8')
    writeFileSync(deck('q3-review', 'outline.md'), `${before}\n<!-- mine -->\n`)

    const again = talkdeck('new', 'q3-review', '--format', 'yaml')
    expect(again.status).toBe(1)
    expect(again.stderr).toContain('error E_EXISTS: the deck "q3-review" exists already')
    expect(readdirSync(deck('q3-review')).sort()).toEqual([
      'outline.md',
      'slides.md',
      'talkdeck-base.md',
      'talkdeck-record.yaml',
    ])
    expect(readFileSync(deck('q3-review', 'outline.md'), 'utf8')).toBe(`${before}\n<!-- mine -->\n`)
  })

  it('writes YAML in Chinese when asked', () => {
    expect(talkdeck('new', 'talk', '--lang', 'zh', '--format', 'yaml').status).toBe(0)
    expect(readFileSync(deck('talk', 'outline.yaml'), 'utf8')).toContain('language: zh-CN')
  })

  it('refuses a bad name, a language or format it does not know, and a missing name, writing nothing', () => {
    for (const args of [['Q3/Review'], ['talk', '--format', 'pptx'], []]) {
      const run = talkdeck('new', ...args)
      expect(run.status, args.join(' ')).toBe(2)
      expect(run.stderr).toMatch(/error E_(DECK_NAME|USAGE):/)
    }
    expect(readdirSync(deck())).toEqual([])
    expect(existsSync(path.join(root, 'talk'))).toBe(false)
  })
})
