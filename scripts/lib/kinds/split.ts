// Where a list too long for one slide is cut (kinds/fit.ts measures the heights). The work grows
// about linearly with the list: heights are summed once (prefix sums), a run never reaches past
// the items that fit under the limit, the number of parts is found by counting (not by trying
// every count), and the even cut only looks at the part counts each point can end. (Summing each
// run afresh for every part count tried took minutes for one slide of 600 points.)

/** Rounding of the sums must not decide a cut. */
const EPSILON = 1e-9

/**
 * Cut items of these heights into the fewest runs no taller than `limit` (two at least), as
 * even as they can be (the tallest run as short as it can be), none of a single item while
 * there are at least two items a run. Each item alone when no such cut exists. [from, to) ranges.
 */
export function splitEvenly(heights: readonly number[], limit: number): [number, number][] {
  const n = heights.length
  const alone = () => Array.from({ length: n }, (_, i): [number, number] => [i, i + 1])
  const prefix = [0]
  for (const h of heights) prefix.push(prefix[prefix.length - 1]! + h)
  const runs: Runs = { n, run: (from, to) => prefix[to]! - prefix[from]!, first: [], last: [] }
  if (heights.some(h => h > limit + EPSILON)) return alone()
  // first[i]: the earliest a run ending at i may start; last[i]: the furthest a run from i may end.
  for (let i = 0, j = 0; i <= n; i++) {
    while (runs.run(j, i) > limit + EPSILON) j++
    runs.first[i] = j
  }
  for (let i = n, t = n; i >= 0; i--) {
    while (runs.run(i, t) > limit + EPSILON) t--
    runs.last[i] = t
  }
  // Runs of two items at least while there are enough items (2 × parts ≤ n), else of one.
  const half = Math.floor(n / 2)
  for (let parts = Math.max(2, fewest(runs, 2)[n]!); parts <= half; parts++) {
    const split = evenSplit(runs, parts, 2)
    if (split) return split
  }
  for (let parts = Math.max(2, half + 1, fewest(runs, 1)[n]!); parts <= n; parts++) {
    const split = evenSplit(runs, parts, 1)
    if (split) return split
  }
  return alone()
}

interface Runs {
  n: number
  run: (from: number, to: number) => number
  first: number[]
  last: number[]
}

/** fewest[i]: the fewest runs (each at least minRun items) the first i items can be cut into. */
function fewest({ n, first }: Runs, minRun: number): number[] {
  const count = [0]
  for (let i = 1; i <= n; i++) {
    count[i] = Infinity
    for (let j = first[i]!; j <= i - minRun; j++) count[i] = Math.min(count[i]!, count[j]! + 1)
  }
  return count
}

/** The fewest runs the items from i on can be cut into. */
function fewestFrom({ n, last }: Runs, minRun: number): number[] {
  const count: number[] = []
  count[n] = 0
  for (let i = n - 1; i >= 0; i--) {
    count[i] = Infinity
    for (let t = i + minRun; t <= last[i]!; t++) count[i] = Math.min(count[i]!, count[t]! + 1)
  }
  return count
}

/**
 * Cut the items into `parts` runs of at least `minRun` items, each under the limit, minimising
 * the tallest run; [from, to) ranges, or undefined. Only the run counts k that can end at item i
 * (enough runs for what comes before, few enough for what comes after) are looked at.
 */
function evenSplit(runs: Runs, parts: number, minRun: number): [number, number][] | undefined {
  const { n, run, first } = runs
  const before = fewest(runs, minRun)
  const after = fewestFrom(runs, minRun)
  const low = (i: number) => Math.max(before[i]!, parts - Math.floor((n - i) / minRun))
  const high = (i: number) => Math.min(Math.floor(i / minRun), parts - after[i]!)
  // best[i][k - low(i)]: the smallest tallest run cutting the first i items into k runs; cut: where its last run starts.
  const best: Float64Array[] = []
  const cut: Int32Array[] = []
  for (let i = 0; i <= n; i++) {
    const size = Math.max(0, high(i) - low(i) + 1)
    best[i] = new Float64Array(size).fill(Infinity)
    cut[i] = new Int32Array(size)
  }
  if (low(0) === 0 && best[0]!.length > 0) best[0]![0] = 0
  for (let i = 1; i <= n; i++) {
    for (let k = Math.max(1, low(i)); k <= high(i); k++) {
      for (let j = first[i]!; j <= i - minRun; j++) {
        const from = best[j]![k - 1 - low(j)]
        if (from === undefined) continue
        const worst = Math.max(from, run(j, i))
        if (worst < best[i]![k - low(i)]! - EPSILON) {
          best[i]![k - low(i)] = worst
          cut[i]![k - low(i)] = j
        }
      }
    }
  }
  if (!Number.isFinite(best[n]![parts - low(n)] ?? Infinity)) return undefined
  const ranges: [number, number][] = []
  for (let k = parts, i = n; k > 0; k--) {
    const j = cut[i]![k - low(i)]!
    ranges.unshift([j, i])
    i = j
  }
  return ranges
}
