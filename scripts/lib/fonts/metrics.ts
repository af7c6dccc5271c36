// Advance widths of the deck's Latin font (Noto Sans), read out of the font files with fontkit.
// `npm run metrics` writes them to widths.json beside this file; tests/font-metrics.test.ts
// reads the installed font again and fails if the committed table has gone stale.
import { createRequire } from 'node:module'
import path from 'node:path'
import type { Font } from 'fontkit'

/** The subsets of @fontsource/noto-sans whose widths the fitting knows. */
export const SUBSETS = ['latin', 'latin-ext', 'greek', 'cyrillic']

export interface WidthTable {
  font: string
  version: string
  unitsPerEm: number
  /** Code point (hex) → advance width in font units, for the regular and the bold weight. */
  regular: Record<string, number>
  bold: Record<string, number>
}

export async function readWidthTable(): Promise<WidthTable> {
  const require = createRequire(import.meta.url)
  const fontkit = await import('fontkit')
  const dir = path.dirname(require.resolve('@fontsource/noto-sans/package.json'))
  const { version } = require('@fontsource/noto-sans/package.json') as { version: string }
  let unitsPerEm = 1000
  const weight = (w: number) => {
    const widths: Record<string, number> = {}
    for (const subset of SUBSETS) {
      const font = fontkit.openSync(path.join(dir, 'files', `noto-sans-${subset}-${w}-normal.woff2`)) as Font
      unitsPerEm = font.unitsPerEm
      for (const cp of font.characterSet) widths[cp.toString(16)] ??= font.glyphForCodePoint(cp).advanceWidth
    }
    return Object.fromEntries(Object.entries(widths).sort(([a], [b]) => parseInt(a, 16) - parseInt(b, 16)))
  }
  const regular = weight(400)
  const bold = weight(700)
  return { font: 'Noto Sans', version, unitsPerEm, regular, bold }
}
