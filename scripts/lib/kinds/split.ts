// Where a list too long for one slide is cut (kinds/fit.ts measures the heights). The work grows
// about linearly with the list: heights are summed once (prefix sums), a run is never longer
// than the items that fit under the limit, and part counts too small to hold the list are not
// tried. (Summing each run afresh for every part count took minutes for one 600-point slide.)

/** Rounding of the sums must not decide a cut. */
const EPSILON = 1e-9

/**
 * Cut items of these heights into the fewest runs no taller than `limit`, as even as they can
 * be (the tallest run as short as it can be), none of a single item while there are at least
 * two items a run. Each item alone when no such cut exists. Returns [from, to) ranges.
 */
export function splitEvenly(heights: readonly number[], limit: number): [number, number][] {
  const n = heights.length
  const prefix = [0]
  for (const h of heights) prefix.push(prefix[prefix.length - 1]! + h)
  const alone = () => Array.from({ length: n }, (_, i): [number, number] => [i, i + 1])
  const run = (from: number, to: number) => prefix[to]! - prefix[from]!
  if (prefix.some((_, i) => i < n && run(i, i + 1) > limit + EPSILON)) return alone()
  // first[i]: the first item a run ending before item i may start at, and stay under the limit.
  const first = new Array<number>(n + 1)
  for (let i = 0, j = 0; i <= n; i++) {
    while (run(j, i) > limit + EPSILON) j++
    first[i] = j
  }
  // k runs hold at most k × limit: fewer parts than that cannot hold the list.
  for (let parts = Math.max(2, Math.ceil(prefix[n]! / limit - EPSILON)); parts <= n; parts++) {
    const split = evenSplit(run, first, n, parts)
    if (split) return split
  }
  return alone()
}

/**
 * Cut n items into `parts` runs, each under the limit (`first`) and at least two items long
 * (when there are enough items), minimising the tallest run. [from, to) ranges, or undefined.
 */
function evenSplit(
  run: (from: number, to: number) => number,
  first: readonly number[],
  n: number,
  parts: number,
): [number, number][] | undefined {
  const minRun = n >= 2 * parts ? 2 : 1
  // best[k][i]: the smallest tallest run cutting the first i items into k runs.
  const best: number[][] = Array.from({ length: parts + 1 }, () => new Array<number>(n + 1).fill(Infinity))
  const cut: number[][] = Array.from({ length: parts + 1 }, () => new Array<number>(n + 1).fill(0))
  best[0]![0] = 0
  for (let k = 1; k <= parts; k++) {
    for (let i = k * minRun; i <= n; i++) {
      for (let j = Math.max((k - 1) * minRun, first[i]!); j <= i - minRun; j++) {
        const worst = Math.max(best[k - 1]![j]!, run(j, i))
        if (worst < best[k]![i]! - EPSILON) {
          best[k]![i] = worst
          cut[k]![i] = j
        }
      }
    }
  }
  if (!Number.isFinite(best[parts]![n]!)) return undefined
  const ranges: [number, number][] = []
  for (let k = parts, i = n; k > 0; k--) {
    const j = cut[k]![i]!
    ranges.unshift([j, i])
    i = j
  }
  return ranges
}
