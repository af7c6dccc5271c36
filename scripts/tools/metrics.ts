// npm run metrics: write scripts/lib/fonts/widths.json from the installed Latin face (theme.ts).
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { readWidthTable } from '../lib/fonts/metrics.ts'

const file = fileURLToPath(new URL('../lib/fonts/widths.json', import.meta.url))
writeFileSync(file, `${JSON.stringify(await readWidthTable())}\n`)
console.log(file)
