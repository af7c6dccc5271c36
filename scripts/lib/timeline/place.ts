// Labels along an axis without overlap: each label as near its event as the others let it be.
// Pure. Keeping order, centres at least `gap` apart: the centres minus i·gap must not decrease,
// which is isotonic regression (pool adjacent violators), then kept inside [lo, hi].

/** Centres as near `targets` (sorted) as they can be, `gap` or more apart, within [lo, hi]. */
export function spreadOut(targets: readonly number[], gap: number, lo: number, hi: number): number[] {
  const n = targets.length
  if (n === 0) return []
  const shifted = targets.map((t, i) => t - i * gap)
  // Pool adjacent violators: blocks of equal value, each the mean of what it pools.
  const blocks: { sum: number; count: number }[] = []
  for (const v of shifted) {
    blocks.push({ sum: v, count: 1 })
    while (blocks.length > 1) {
      const last = blocks.at(-1)!
      const before = blocks.at(-2)!
      if (before.sum / before.count <= last.sum / last.count) break
      blocks.splice(-2, 2, { sum: before.sum + last.sum, count: before.count + last.count })
    }
  }
  const low = lo
  const high = Math.max(lo, hi - (n - 1) * gap)
  const out: number[] = []
  for (const b of blocks) {
    const v = Math.min(high, Math.max(low, b.sum / b.count))
    for (let i = 0; i < b.count; i++) out.push(v + out.length * gap)
  }
  return out
}
