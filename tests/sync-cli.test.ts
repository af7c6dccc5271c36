// The shipped talk's translation kept in step, as a user runs it, on a copy of both decks (the
// shipped outlines are never edited): the English talk builds with nothing stale; a slide added
// to the Chinese outline is named as missing; a changed number makes that slide stale by id
// until `talkdeck sync chatgpt-en --accept <id>` records it; nothing of this fails a build.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { repo, runCli } from './support/cli.ts'

let root: string
const talkdeck = (...args: string[]) => runCli(args, { cwd: root, env: { ...process.env, TALKDECK_ROOT: root } })
const file = (deck: string, name: string) => path.join(root, 'slides', deck, name)
const chinese = () => readFileSync(file('chatgpt', 'outline.yaml'), 'utf8')

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'talkdeck-sync-'))
  for (const deck of ['chatgpt', 'chatgpt-en']) {
    mkdirSync(path.join(root, 'slides', deck), { recursive: true })
    cpSync(path.join(repo, 'slides', deck), path.join(root, 'slides', deck), { recursive: true })
  }
  cpSync(path.join(repo, 'public'), path.join(root, 'public'), { recursive: true })
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

/** The Chinese outline with the first number of the GPT family's events changed. */
function changeANumber(text: string): { text: string; id: string } {
  const lines = text.split('\n')
  const start = lines.findIndex(line => /^\s+id: gpt-family$/.test(line))
  const at = lines.findIndex((line, i) => i > start && /^\s+detail: .*\d/.test(line))
  lines[at] = lines[at]!.replace(/\d+/, n => String(Number(n) + 1))
  return { text: lines.join('\n'), id: 'gpt-family' }
}

describe('a translation and its source', () => {
  it('the English talk declares its source and builds with nothing stale', () => {
    expect(readFileSync(file('chatgpt-en', 'outline.md'), 'utf8')).toMatch(/^translation-of: chatgpt$/m)
    const build = talkdeck('build', 'chatgpt-en')
    expect(build.status, build.stderr).toBe(0)
    expect(build.stderr).toContain('slides/chatgpt-en/outline.md: translation of chatgpt: 0 missing, 0 extra, 0 stale')
    expect(build.stderr).not.toContain('warning')
  })

  it('names a slide added to the source as missing, with its lines', () => {
    const lines = chinese().split('\n')
    const at = lines.findIndex(line => /^\s+- kind: bullets$/.test(line))
    const indent = /^\s+/.exec(lines[at]!)![0]
    lines.splice(
      at,
      0,
      `${indent}- kind: bullets`,
      `${indent}  id: added-in-zh`,
      `${indent}  title: 新的一页`,
      `${indent}  bullets: [新增的要点]`,
    )
    writeFileSync(file('chatgpt', 'outline.yaml'), lines.join('\n'))
    const build = talkdeck('build', 'chatgpt-en')
    expect(build.status).toBe(0)
    expect(build.stderr).toContain(
      `slides/chatgpt/outline.yaml:${at + 1}:${indent.length + 3} warning W_TRANSLATION_MISSING: slide "added-in-zh" of chatgpt is not in the translation`,
    )
    expect(build.stderr).toContain(`${at + 3} | ${indent}  title: 新的一页`)
    expect(build.stderr).toContain('1 missing, 0 extra, 0 stale')
  })

  it('makes a slide whose number changed stale by id, as a warning, until sync accepts it', () => {
    const { text, id } = changeANumber(chinese())
    writeFileSync(file('chatgpt', 'outline.yaml'), text)
    const build = talkdeck('build', 'chatgpt-en', '--check')
    expect(build.status, build.stderr).toBe(0)
    expect(build.stderr).toMatch(
      new RegExp(`outline\\.md:\\d+:1 warning W_TRANSLATION_STALE: slide "${id}" changed in chatgpt`),
    )
    expect(build.stderr).toMatch(/numbers: chatgpt has [\d.]+/)
    expect(build.stderr).toContain(`\`talkdeck sync chatgpt-en --accept ${id}\``)
    expect(build.stderr).toContain('0 missing, 0 extra, 1 stale')

    const record = readFileSync(file('chatgpt-en', 'translation.yaml'), 'utf8')
    const sync = talkdeck('sync', 'chatgpt-en', '--accept', id)
    expect(sync.status, sync.stderr).toBe(0)
    expect(sync.stdout).toContain('accepted 1 slide(s) in slides/chatgpt-en/translation.yaml')
    const after = readFileSync(file('chatgpt-en', 'translation.yaml'), 'utf8')
    const changed = after.split('\n').filter((line, i) => line !== record.split('\n')[i])
    expect(changed).toEqual([expect.stringMatching(new RegExp(`^  ${id}: "[0-9a-f]{12}"$`))])
    expect(talkdeck('build', 'chatgpt-en').stderr).toContain('0 missing, 0 extra, 0 stale')
  })

  it('refuses an id that is not a slide of both decks, and a deck that translates none, writing nothing', () => {
    const record = readFileSync(file('chatgpt-en', 'translation.yaml'), 'utf8')
    const unknown = talkdeck('sync', 'chatgpt-en', '--accept', 'no-such-slide')
    expect(unknown.status).toBe(2)
    expect(unknown.stderr).toContain('error E_SYNC_ID: no slide "no-such-slide" in both chatgpt and chatgpt-en')
    expect(readFileSync(file('chatgpt-en', 'translation.yaml'), 'utf8')).toBe(record)
    const source = talkdeck('sync', 'chatgpt', '--all')
    expect(source.status).toBe(2)
    expect(source.stderr).toMatch(
      /slides\/chatgpt\/outline\.yaml:\d+:\d+ error E_NOT_TRANSLATION: chatgpt does not say/,
    )
  })
})
