// A deck's name is one folder under slides/: nothing else can be reached through it.
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { TalkdeckError } from '../scripts/lib/errors.ts'
import { deckPaths } from '../scripts/lib/project.ts'

const root = path.resolve('/projects/talk')

function refusal(name: string): TalkdeckError {
  try {
    deckPaths(root, name)
  } catch (error) {
    if (error instanceof TalkdeckError) return error
    throw error
  }
  throw new Error(`"${name}" was accepted`)
}

describe('deckPaths', () => {
  it.each(['chatgpt', 'q3-review', '2024', '.check-kept-1a2b'])('takes "%s"', name => {
    const paths = deckPaths(root, name)
    expect(paths.dir).toBe(path.join(root, 'slides', name))
    expect(path.dirname(paths.dir)).toBe(path.join(root, 'slides'))
  })

  it.each([
    ['../../../x', 'x'],
    ['team/q3', 'team-q3'],
    ['team\\q3', 'team-q3'],
    ['..', undefined],
    ['.', undefined],
    ['', undefined],
    ['-x', 'x'],
    ['My Talk', 'my-talk'],
    ['/etc', 'etc'],
  ])('refuses "%s" with E_DECK_NAME and a fix', (name, suggestion) => {
    const error = refusal(name)
    expect(error.code).toBe('E_DECK_NAME')
    expect(error.problems[0]!.hint).toMatch(/lowercase letters, digits and hyphens/)
    if (suggestion) expect(error.problems[0]!.hint).toContain(`"${suggestion}"`)
  })
})
