// `node --import tsx scripts/bench/fit.ts [sizes]`: how the time to fit one bullet slide of n
// long points grows with n (kinds/fit.ts). Prints ms per n; a near-linear fit roughly doubles
// when n doubles.
import { fitBullets } from '../lib/kinds/fit.ts'

const sizes = (process.argv[2] ?? '50,100,200,400,600').split(',').map(Number)
const point = (i: number) =>
  `Point ${i}: a long point that says something specific about the talk, with enough words to take two lines`

for (const n of sizes) {
  const bullets = Array.from({ length: n }, (_, i) => point(i))
  const started = performance.now()
  const parts = fitBullets(bullets)
  const ms = performance.now() - started
  console.log(`${String(n).padStart(5)} points: ${ms.toFixed(1).padStart(9)} ms, ${parts.length} slides`)
}
