// `node --import tsx scripts/bench/parse.ts [sizes]`: how the time to read an outline.md grows
// with its number of slides (readers/md*, outline/). Prints ms per size; near-linear reading
// roughly doubles when the slides double.
import { parseOutlineBytes } from '../lib/outline/parse.ts'

const sizes = (process.argv[2] ?? '625,1250,2500,5000').split(',').map(Number)
const outline = (n: number) =>
  [
    '---',
    'title: A long talk',
    'language: en',
    '---',
    '',
    '# Main {#main divider=false}',
    '',
    ...Array.from({ length: n }, (_, i) => `## Point ${i} {#p${i}}\n\n- one thing about it\n- and another\n\n::: notes\nSay it slowly.\n:::\n`),
  ].join('\n')

for (const n of sizes) {
  const bytes = new TextEncoder().encode(outline(n))
  const started = performance.now()
  const parsed = parseOutlineBytes(bytes, 'outline.md')
  const ms = performance.now() - started
  const slides = parsed.outline.sections.reduce((sum, s) => sum + s.slides.length, 0)
  console.log(`${String(n).padStart(5)} slides: ${ms.toFixed(0).padStart(7)} ms (${slides} read)`)
}
