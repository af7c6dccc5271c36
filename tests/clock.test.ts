// The presenter's clock planned from the outline (scripts/lib/deck/clock.ts).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { deckClock } from '../scripts/lib/deck/clock.ts'
import { planDeck } from '../scripts/lib/deck/plan.ts'
import { parseOutlineBytes } from '../scripts/lib/outline/parse.ts'

const repo = path.resolve(import.meta.dirname, '..')
const deckOf = (file: string) => planDeck(parseOutlineBytes(readFileSync(path.join(repo, file)), file).outline)

describe('deckClock', () => {
  it("lasts the sum of the sections' minutes: 50 for the shipped talk", () => {
    expect(deckClock(deckOf('slides/chatgpt/outline.yaml')).duration).toBe(50)
  })

  it("spreads a section's minutes over its slides, after the slides that set their own, dividers taking none", () => {
    const { duration, slides } = deckClock(deckOf('tests/fixtures/present/talk.yaml'))
    expect(duration).toBe(10)
    expect(Object.fromEntries(slides)).toEqual({
      cover: { section: 'Introduction', budget: 4, at: 0, minutes: 1 },
      why: { section: 'Introduction', budget: 4, at: 1, minutes: 3 },
      'method-divider': { section: 'Method', budget: 6, at: 4, minutes: 0 },
      flow: { section: 'Method', budget: 6, at: 4, minutes: 3 },
      thanks: { section: 'Method', budget: 6, at: 7, minutes: 3 },
    })
  })
})
