// Cutting a list too long for a slide into even parts (kinds/split.ts) does work that grows
// about linearly with the list: one slide of 600 long points used to take minutes (every run's
// height was summed afresh, for every part count tried). The work is counted as reads of the
// points' heights, not timed; the parts are checked against a plain search on small lists.
import { describe, expect, it } from 'vitest'
import { splitEvenly } from '../scripts/lib/kinds/split.ts'

/** The heights, counting every read of one; a read past `budget` throws, so a slow cut fails fast. */
function counted(heights: number[], budget: number) {
  const seen = { reads: 0 }
  const proxy = new Proxy(heights, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key) && ++seen.reads > budget)
        throw new Error(`more than ${budget} reads of ${heights.length} heights`)
      return Reflect.get(target, key, receiver)
    },
  })
  return { heights: proxy, seen }
}

/** Every way to cut `heights` into runs of at most `limit` with at least two items where there are enough, as splitEvenly promises. */
function bestByHand(heights: number[], limit: number): number {
  const n = heights.length
  for (let parts = 2; parts <= n; parts++) {
    const minRun = n >= 2 * parts ? 2 : 1
    let best = Infinity
    const walk = (from: number, left: number, worst: number) => {
      if (left === 0) return void (from === n && (best = Math.min(best, worst)))
      for (let to = from + minRun; to <= n; to++) {
        const run = heights.slice(from, to).reduce((a, b) => a + b, 0)
        if (run <= limit) walk(to, left - 1, Math.max(worst, run))
      }
    }
    walk(0, parts, 0)
    if (best < Infinity) return best
  }
  return Math.max(...heights)
}

const tallest = (heights: number[], ranges: [number, number][]) =>
  Math.max(...ranges.map(([from, to]) => heights.slice(from, to).reduce((a, b) => a + b, 0)))

describe('splitEvenly', () => {
  it('reads each of 600 heights a few times, not n^4 times', () => {
    const heights = Array.from({ length: 600 }, (_, i) => 60 + ((i * 37) % 50))
    const { heights: watched, seen } = counted(heights, 20 * heights.length)
    const ranges = splitEvenly(watched, 400)
    expect(ranges.flat()).toHaveLength(2 * ranges.length)
    expect(ranges[0]![0]).toBe(0)
    expect(ranges.at(-1)![1]).toBe(600)
    expect(tallest(heights, ranges)).toBeLessThanOrEqual(400)
    expect(seen.reads).toBeLessThanOrEqual(20 * heights.length)
  })

  it('cuts as evenly as a search over every cut, in the fewest parts, with no lone item', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const n = 3 + (seed % 9)
      const heights = Array.from({ length: n }, (_, i) => 10 + ((seed * 31 + i * 17) % 40))
      const limit = 60 + (seed % 5) * 10
      const ranges = splitEvenly(heights, limit)
      expect(ranges.map(([from]) => from)).toEqual([0, ...ranges.slice(0, -1).map(([, to]) => to)])
      expect(ranges.at(-1)![1]).toBe(n)
      if (heights.some(h => h > limit)) expect(ranges).toHaveLength(n)
      else expect(tallest(heights, ranges)).toBe(bestByHand(heights, limit))
    }
  })
})
