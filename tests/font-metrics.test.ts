// The fitting reads Noto Sans's widths from a committed table: it must be the installed font's.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readWidthTable } from '../scripts/lib/fonts/metrics.ts'

describe('scripts/lib/fonts/widths.json', () => {
  it('holds the advance widths of the installed @fontsource/noto-sans (else run `npm run metrics`)', async () => {
    const committed = JSON.parse(readFileSync(new URL('../scripts/lib/fonts/widths.json', import.meta.url), 'utf8'))
    expect(committed).toEqual(await readWidthTable())
    expect(Object.keys(committed.regular).length).toBeGreaterThan(200)
  })
})
