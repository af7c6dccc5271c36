// Page-side: a cheap glyph check. Playwright serializes this function, so it imports nothing at
// run time. A character is drawn in the deck's font only if one of the font's @font-face rules
// covers it (@fontsource splits a CJK font into ~100 faces by unicode-range) and that face loaded.
import type { SlideMeasure } from './findings.ts'

export type GlyphMeasure = Pick<SlideMeasure, 'fontFaces' | 'missingGlyphs' | 'unloadedGlyphs'>

export function measureGlyphs({ chars, fonts }: { chars: string[]; fonts: readonly string[] }): GlyphMeasure {
  type Face = { face: FontFace; spans: (readonly [number, number])[] }
  // The faces' ranges, parsed once per page (the check calls this for every slide).
  const memo = window as unknown as { __talkdeckFaces?: { fonts: string; faces: Face[] } }
  if (memo.__talkdeckFaces?.fonts !== fonts.join()) {
    const faces: Face[] = []
    document.fonts.forEach(f => {
      if (!fonts.includes(f.family.replace(/^["']|["']$/g, ''))) return
      const spans = f.unicodeRange.split(',').map(part => {
        const [a, b] = part.trim().replace(/^U\+/i, '').split('-')
        const lo = parseInt(a!.replace(/\?/g, '0'), 16)
        return [lo, b ? parseInt(b, 16) : parseInt(a!.replace(/\?/g, 'F'), 16)] as const
      })
      faces.push({ face: f, spans })
    })
    memo.__talkdeckFaces = { fonts: fonts.join(), faces }
  }
  const { faces } = memo.__talkdeckFaces!
  const result: GlyphMeasure = { fontFaces: faces.length, missingGlyphs: [], unloadedGlyphs: [] }
  for (const ch of chars) {
    const cp = ch.codePointAt(0)!
    if (cp <= 0x20 || /\s/.test(ch)) continue
    const covering = faces.filter(f => f.spans.some(([lo, hi]) => cp >= lo && cp <= hi))
    if (covering.length === 0) result.missingGlyphs.push(ch)
    else if (!covering.some(f => f.face.status === 'loaded')) result.unloadedGlyphs.push(ch)
  }
  return result
}
