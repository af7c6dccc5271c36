// Font hints in the PowerPoint file (scripts/lib/export/pptx/fonts.ts): the PANOSE numbers are the
// shipped font files' own, and every theme face is named with them.
import { readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import * as fontkit from 'fontkit'
import { describe, expect, it } from 'vitest'
import { FONT_HINTS, fontHints } from '../scripts/lib/export/pptx/fonts.ts'
import { theme } from '../scripts/lib/theme.ts'

const require = createRequire(import.meta.url)

describe('font hints', () => {
  it('gives each theme face the PANOSE number of its font file, and code a fixed pitch', () => {
    for (const face of theme.font.faces) {
      const dir = path.join(path.dirname(require.resolve(`${face.package}/package.json`)), 'files')
      const file = readdirSync(dir).find(n => n.endsWith('latin-400-normal.woff2'))!
      const font = fontkit.openSync(path.join(dir, file)) as unknown as { 'OS/2': { panose: number[] } }
      const panose = Buffer.from(font['OS/2'].panose).toString('hex').toUpperCase()
      expect(FONT_HINTS[face.family], face.family).toEqual(expect.objectContaining({ panose }))
    }
    expect(FONT_HINTS[theme.font.mono.family]!.pitchFamily & 0x03).toBe(1)
  })

  it('writes the hints on every face the theme names, and leaves other faces alone', () => {
    const xml =
      '<a:rPr lang="zh-CN"><a:latin typeface="Noto Sans SC" pitchFamily="34" charset="0"/><a:ea typeface="Noto Sans SC" pitchFamily="34" charset="-122"/></a:rPr>' +
      '<a:latin typeface="Noto Sans Mono" pitchFamily="34" charset="0"/><a:latin typeface="Arial"/>'
    expect(fontHints(xml)).toBe(
      '<a:rPr lang="zh-CN"><a:latin typeface="Noto Sans SC" panose="020B0200000000000000" pitchFamily="34" charset="0"/><a:ea typeface="Noto Sans SC" panose="020B0200000000000000" pitchFamily="34" charset="-122"/></a:rPr>' +
        '<a:latin typeface="Noto Sans Mono" panose="020B0509040504020204" pitchFamily="49" charset="0"/><a:latin typeface="Arial"/>',
    )
  })
})
