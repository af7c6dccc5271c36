// Advance widths of the deck's Latin face (theme.ts), read out of the font files with fontkit.
// `npm run metrics` writes them to widths.json beside this file; tests/font-metrics.test.ts
// reads the installed font again and fails if the committed table has gone stale.
import { createRequire } from 'node:module'
import path from 'node:path'
import type { Font } from 'fontkit'
import { theme } from '../theme.ts'

/** The subsets of the Latin face's package whose widths the fitting knows. */
export const SUBSETS = ['latin', 'latin-ext', 'greek', 'cyrillic']

export interface WidthTable {
  font: string
  version: string
  unitsPerEm: number
  /** Code point (hex) → advance width in font units, for the regular and the bold weight. */
  regular: Record<string, number>
  bold: Record<string, number>
  /** The monospace face of code blocks: one advance for every character it has (its CJK is the Chinese face's, 1 em). */
  mono: { font: string; version: string; unitsPerEm: number; advance: number }
}

export async function readWidthTable(): Promise<WidthTable> {
  const require = createRequire(import.meta.url)
  const fontkit = await import('fontkit')
  const latin = theme.font.faces[0]
  const dir = path.dirname(require.resolve(`${latin.package}/package.json`))
  const { version } = require(`${latin.package}/package.json`) as { version: string }
  // @fontsource names its files after the package: <name>-<subset>-<weight>-normal.woff2.
  const name = latin.package.split('/').pop()!
  let unitsPerEm = 1000
  const weight = (w: number) => {
    const widths: Record<string, number> = {}
    for (const subset of SUBSETS) {
      const font = fontkit.openSync(path.join(dir, 'files', `${name}-${subset}-${w}-normal.woff2`)) as Font
      unitsPerEm = font.unitsPerEm
      for (const cp of font.characterSet) widths[cp.toString(16)] ??= font.glyphForCodePoint(cp).advanceWidth
    }
    return Object.fromEntries(Object.entries(widths).sort(([a], [b]) => parseInt(a, 16) - parseInt(b, 16)))
  }
  const regular = weight(400)
  const bold = weight(700)
  return { font: latin.family, version, unitsPerEm, regular, bold, mono: monoMetrics(require, fontkit) }
}

function monoMetrics(require: NodeRequire, fontkit: typeof import('fontkit')): WidthTable['mono'] {
  const face = theme.font.faces[2]
  const dir = path.dirname(require.resolve(`${face.package}/package.json`))
  const { version } = require(`${face.package}/package.json`) as { version: string }
  const name = face.package.split('/').pop()!
  const font = fontkit.openSync(path.join(dir, 'files', `${name}-latin-400-normal.woff2`)) as Font
  // Every printable ASCII character has one advance (combining marks have none).
  const ascii = new Set(Array.from({ length: 0x5e }, (_, i) => font.glyphForCodePoint(0x21 + i).advanceWidth))
  if (ascii.size !== 1) throw new Error(`${face.family} is not monospaced: advances ${[...ascii].join(', ')}`)
  return { font: face.family, version, unitsPerEm: font.unitsPerEm, advance: [...ascii][0]! }
}
