// Page-side: a cheap glyph check. Playwright serializes this function, so it imports nothing at
// run time. A character is drawn in the deck's font only if one of the font's @font-face rules
// covers it (@fontsource splits a CJK font into ~100 faces by unicode-range) and that face loaded.
import type { SlideMeasure } from './findings.ts'

export type GlyphMeasure = Pick<SlideMeasure, 'fontFaces' | 'missingGlyphs' | 'unloadedGlyphs'>

export function measureGlyphs({ chars, font }: { chars: string[]; font: string }): GlyphMeasure {
  const faces: FontFace[] = []
  document.fonts.forEach(f => {
    if (f.family.replace(/^["']|["']$/g, '') === font) faces.push(f)
  })
  const ranges = faces.map(f => ({
    loaded: f.status === 'loaded',
    spans: f.unicodeRange.split(',').map(part => {
      const [a, b] = part.trim().replace(/^U\+/i, '').split('-')
      const lo = parseInt(a!.replace(/\?/g, '0'), 16)
      return [lo, b ? parseInt(b, 16) : parseInt(a!.replace(/\?/g, 'F'), 16)] as const
    }),
  }))
  const result: GlyphMeasure = { fontFaces: faces.length, missingGlyphs: [], unloadedGlyphs: [] }
  for (const ch of chars) {
    const cp = ch.codePointAt(0)!
    if (cp <= 0x20 || /\s/.test(ch)) continue
    const covering = ranges.filter(f => f.spans.some(([lo, hi]) => cp >= lo && cp <= hi))
    if (covering.length === 0) result.missingGlyphs.push(ch)
    else if (!covering.some(f => f.loaded)) result.unloadedGlyphs.push(ch)
  }
  return result
}
