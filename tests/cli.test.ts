// The CLI as a user runs it: exit codes, located errors, and files left alone on failure.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { splitSlides } from '../scripts/lib/merge/segments.ts'
import { repo, runCli } from './support/cli.ts'

let root: string

function talkdeck(...args: string[]) {
  return runCli(args, { cwd: root, env: { ...process.env, TALKDECK_ROOT: root } })
}

function deck(name: string, outline: string) {
  mkdirSync(path.join(root, 'slides', name), { recursive: true })
  writeFileSync(path.join(root, 'slides', name, 'outline.yaml'), outline)
  return path.join(root, 'slides', name, 'slides.md')
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'talkdeck-cli-'))
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

describe('talkdeck build', () => {
  it('writes slides.md and is byte-for-byte stable', () => {
    cpSync(path.join(repo, 'tests', 'fixtures', 'outlines', 'minimal.yaml'), path.join(root, 'outline.yaml'))
    const slides = deck('mini', readFileSync(path.join(root, 'outline.yaml'), 'utf8'))
    const first = talkdeck('build', 'mini')
    expect(first.status, first.stderr).toBe(0)
    expect(first.stdout).toContain('wrote slides/mini/slides.md (2 slides)')
    const bytes = readFileSync(slides)
    const second = talkdeck('build', 'mini')
    expect(second.stdout).toContain('up to date')
    expect(readFileSync(slides).equals(bytes)).toBe(true)
  })

  it('refuses a bad outline with file:line:col, exit 1, and writes nothing', () => {
    const slides = deck(
      'bad',
      'deck:\n  title: Bad\nsections:\n  - id: a\n    title: A\n    slides:\n      - kind: bulets\n',
    )
    const run = talkdeck('build', 'bad')
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('slides/bad/outline.yaml:7:15 error E_SLIDE_KIND: unknown slide kind "bulets"')
    expect(run.stderr).toContain('fix: use one of: cover, agenda')
    expect(existsSync(slides)).toBe(false)
  })

  it('leaves the previous slides.md intact when the outline breaks', () => {
    const good =
      'deck:\n  title: T\nsections:\n  - id: a\n    title: A\n    slides:\n      - { kind: bullets, title: X, bullets: [x] }\n'
    const slides = deck('d', good)
    expect(talkdeck('build', 'd').status).toBe(0)
    const before = readFileSync(slides)
    writeFileSync(path.join(root, 'slides', 'd', 'outline.yaml'), good.replace('bullets: [x]', 'bullets: x'))
    const run = talkdeck('build', 'd')
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/outline\.yaml:7:\d+ error E_TYPE/)
    expect(readFileSync(slides).equals(before)).toBe(true)
  })

  it('keeps a hand edit through an outline change, reports it, and --force backs it up', () => {
    const outline =
      'deck:\n  title: T\nsections:\n  - id: a\n    title: A\n    slides:\n      - { kind: bullets, id: x, title: X, bullets: [x] }\n      - { kind: bullets, id: y, title: Y, bullets: [y] }\n'
    const slides = deck('e', outline)
    talkdeck('build', 'e')
    const original = readFileSync(slides, 'utf8')
    // The title, which the outline changes too: the same line, so the edit is kept as it is.
    const edited = original.replace('- x\n', '- x, said better by hand\n').replace('# X\n', '# X by hand\n')
    writeFileSync(slides, edited)

    writeFileSync(
      path.join(root, 'slides', 'e', 'outline.yaml'),
      outline.replace('title: X', 'title: X2').replace('title: Y', 'title: Y2'),
    )
    const check = talkdeck('build', 'e', '--check')
    expect(check.status).toBe(1)
    expect(check.stdout).toContain('is stale')
    expect(readFileSync(slides, 'utf8')).toBe(edited)

    const run = talkdeck('build', 'e')
    expect(run.status, run.stderr).toBe(0)
    expect(run.stderr).toMatch(
      /kept slide 2 "X by hand" \(x, slides\/e\/outline\.yaml:7:9\): edited by hand, and the outline changed the same lines \(slides\/e\/slides\.md:\d+:1\)/,
    )
    expect(run.stderr).toMatch(/updated slide 3 "Y2" \(y, /)
    const after = readFileSync(slides, 'utf8')
    expect(after).toContain('- x, said better by hand\n')
    expect(after).toContain('# Y2')
    expect(after).not.toContain('# X2')

    const forced = talkdeck('build', 'e', '--force', 'x')
    expect(forced.status, forced.stderr).toBe(0)
    expect(forced.stderr).toContain('saved the previous slides to slides/e/slides.md.bak')
    expect(readFileSync(`${slides}.bak`, 'utf8')).toBe(after)
    expect(readFileSync(slides, 'utf8')).toContain('# X2')
  })

  it('refuses a deck name that is not one folder under slides/, and writes nothing', () => {
    mkdirSync(path.join(root, 'elsewhere'))
    writeFileSync(
      path.join(root, 'elsewhere', 'outline.yaml'),
      readFileSync(path.join(repo, 'tests', 'fixtures', 'outlines', 'minimal.yaml')),
    )
    const outside = talkdeck('build', '../elsewhere')
    expect(outside.status).toBe(2) // a usage mistake
    expect(outside.stderr).toContain('error E_DECK_NAME: ')
    expect(existsSync(path.join(root, 'elsewhere', 'slides.md'))).toBe(false)

    deck(
      path.join('team', 'q3'),
      readFileSync(path.join(repo, 'tests', 'fixtures', 'outlines', 'minimal.yaml'), 'utf8'),
    )
    const nested = talkdeck('build', 'team/q3')
    expect(nested.status).toBe(2)
    expect(nested.stderr).toContain('error E_DECK_NAME: ')
    expect(nested.stderr).toContain('"team-q3"')
    expect(existsSync(path.join(root, 'slides', 'team', 'q3', 'slides.md'))).toBe(false)
  })

  it('keeps a generated slide deleted by hand deleted, says so on every build, and --restore brings it back', () => {
    const outline =
      'deck:\n  title: T\n  language: en\nsections:\n  - id: a\n    title: A\n    slides:\n      - { kind: bullets, id: x, title: X, bullets: [x] }\n      - { kind: bullets, id: y, title: Y, bullets: [y] }\n      - { kind: bullets, id: z, title: Z, bullets: [z] }\n'
    const slides = deck('del', outline)
    expect(talkdeck('build', 'del').status).toBe(0)
    writeFileSync(
      slides,
      splitSlides(readFileSync(slides, 'utf8'))
        .filter(s => s.stamp?.id !== 'y')
        .map(s => s.text)
        .join(''),
    )

    for (let run = 1; run <= 2; run++) {
      const build = talkdeck('build', 'del')
      expect(build.status, build.stderr).toBe(0)
      expect(build.stderr).toContain(
        'slide "Y" (y, slides/del/outline.yaml:9:9) deleted by hand: remove it from the outline, or `build --restore y`',
      )
      expect(readFileSync(slides, 'utf8')).not.toContain('# Y')
      expect(readFileSync(slides, 'utf8')).toMatch(/^talkdeck-deleted: \[y\]/m)
    }
    const check = talkdeck('build', 'del', '--check')
    expect(check.status, check.stdout + check.stderr).toBe(0)
    expect(check.stdout).toContain('is up to date')

    const restore = talkdeck('build', 'del', '--restore', 'y')
    expect(restore.status, restore.stderr).toBe(0)
    expect(restore.stderr).toMatch(/restored slide 3 "Y" \(y, /)
    expect(readFileSync(slides, 'utf8')).toContain('# Y')
    expect(readFileSync(slides, 'utf8')).not.toContain('talkdeck-deleted')
    expect(talkdeck('build', 'del', '--check').status).toBe(0)

    const unknown = talkdeck('build', 'del', '--restore', 'nope')
    expect(unknown.status).toBe(1)
    expect(unknown.stderr).toContain('E_RESTORE')
  })

  it('names the decks there are when the outline is missing', () => {
    deck('other', 'deck: { title: T }\n')
    const run = talkdeck('build', 'nope')
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('E_NO_OUTLINE')
    expect(run.stderr).toContain('decks here: other')
  })
})

describe('unknown options', () => {
  it.each([
    ['export', '--clicks', ['--output', '--no-cache', '--executable-path', '--timeout', '--with-clicks']],
    ['build', '--bogus', ['--check', '--force', '--restore']],
    ['check', '-x', ['--json', '--no-keep']],
  ])('%s %s is refused with exit 2 and the options there are, before anything runs', (cmd, option, known) => {
    const slides = deck('mini', readFileSync(path.join(repo, 'tests', 'fixtures', 'outlines', 'minimal.yaml'), 'utf8'))
    const run = talkdeck(cmd, 'mini', option)
    expect(run.status, run.stderr).toBe(2)
    expect(run.stderr).toContain(`unknown option ${option}`)
    for (const name of known) expect(run.stderr).toContain(name)
    expect(existsSync(slides)).toBe(false)
  })

  it('takes the options there are, in every spelling', () => {
    deck('mini', readFileSync(path.join(repo, 'tests', 'fixtures', 'outlines', 'minimal.yaml'), 'utf8'))
    expect(talkdeck('build', 'mini', '--force').status).toBe(0)
    expect(talkdeck('build', '--check', 'mini').status).toBe(0)
    expect(talkdeck('build', 'mini', '--no-all', '--check=true').status).toBe(0)
  })
})

describe('talkdeck --help', () => {
  it.each(['build', 'dev', 'export'])('%s --help describes the command', cmd => {
    const run = talkdeck(cmd, '--help')
    expect(run.status).toBe(0)
    expect(run.stdout + run.stderr).toMatch(new RegExp(`talkdeck ${cmd}`))
    expect(run.stdout + run.stderr).toContain('DECK')
  })
})
