// Labels along an axis without overlap: each label as near its event as the others let it be.
// Pure. Keeping order, neighbours' centres at least half their widths and a gap apart: the
// centres less what the labels before them take must not decrease, which is isotonic
// regression (pool adjacent violators), then kept inside the axis.

/**
 * Centres as near `targets` (sorted) as they can be, labels `widths` wide and `gap` apart,
 * within [0, length]; when they cannot all fit, they overrun on the right.
 */
export function spreadOut(
  targets: readonly number[],
  widths: readonly number[],
  gap: number,
  length: number,
): number[] {
  const n = targets.length
  if (n === 0) return []
  // offset[i]: how far centre i must be from centre 0, with every label before it packed tight.
  const offset = [0]
  for (let i = 1; i < n; i++) offset.push(offset[i - 1]! + (widths[i - 1]! + widths[i]!) / 2 + gap)
  const blocks: { sum: number; count: number }[] = []
  targets.forEach((t, i) => {
    blocks.push({ sum: t - offset[i]!, count: 1 })
    while (blocks.length > 1) {
      const last = blocks.at(-1)!
      const before = blocks.at(-2)!
      if (before.sum / before.count <= last.sum / last.count) break
      blocks.splice(-2, 2, { sum: before.sum + last.sum, count: before.count + last.count })
    }
  })
  const low = widths[0]! / 2
  const high = Math.max(low, length - widths[n - 1]! / 2 - offset[n - 1]!)
  const out: number[] = []
  for (const b of blocks) {
    const v = Math.min(high, Math.max(low, b.sum / b.count))
    for (let k = 0; k < b.count; k++) out.push(v + offset[out.length]!)
  }
  return out
}

/** How much of the axis labels of these widths take, packed `gap` apart. */
export const packedLength = (widths: readonly number[], gap: number) =>
  widths.reduce((sum, w) => sum + w, 0) + Math.max(0, widths.length - 1) * gap
