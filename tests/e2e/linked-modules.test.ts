// A project whose node_modules is a symlink (a shared install, a monorepo, a container volume):
// its packages sit outside the project to Vite, which must still serve the deck's fonts.
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildDeck } from '../../scripts/lib/build-deck.ts'
import { checkDeck } from '../../scripts/commands/check.ts'
import { formatFinding } from '../../scripts/lib/check/format.ts'
import { deckPaths } from '../../scripts/lib/project.ts'
import { root } from './support.ts'

const project = mkdtempSync(path.join(tmpdir(), 'talkdeck-linked-'))
afterAll(() => rmSync(project, { recursive: true, force: true }))

describe('a project whose node_modules is a symlink', () => {
  it('renders every slide in the deck font', { timeout: 300_000 }, async () => {
    for (const entry of [
      'package.json',
      'tsconfig.json',
      'vite.config.ts',
      'components',
      'setup',
      'styles',
      'public',
      'scripts',
    ]) {
      cpSync(path.join(root, entry), path.join(project, entry), { recursive: true })
    }
    symlinkSync(path.join(root, 'node_modules'), path.join(project, 'node_modules'), 'dir')
    const paths = deckPaths(project, 'tiny')
    mkdirSync(paths.dir, { recursive: true })
    writeFileSync(
      paths.outline,
      'deck:\n  title: 一个小演讲\n  language: zh-CN\nsections:\n  - id: main\n    title: 正文\n    divider: false\n    slides:\n      - { kind: cover, id: cover }\n      - { kind: bullets, id: point, title: 要点, bullets: [字体来自项目的 node_modules] }\n',
    )
    await buildDeck(paths)
    const { findings } = await checkDeck(paths, { log: () => {}, keep: false })
    expect(findings.map(formatFinding)).toEqual([])
  })
})
