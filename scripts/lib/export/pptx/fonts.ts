// What PowerPoint needs to stand in for a face it does not have. A .pptx names its fonts (the
// theme's Noto faces ship with the deck, not with Office), so on a machine without them Office
// picks a substitute by the face's PANOSE number and pitch-and-family byte: with them a missing
// Noto Sans becomes a similar sans-serif and Noto Sans Mono a monospace face (pptxgenjs writes
// every face as a proportional sans, which would set code in a proportional substitute).
// Pure: XML in, XML out.
import { theme } from '../../theme.ts'

const [latin, chinese, mono] = theme.font.faces.map(f => f.family)

/**
 * Each face's PANOSE number, from its font file's OS/2 table (tests/pptx-fonts.test.ts reads it
 * back from @fontsource's files), and its pitch and family: 0x22 variable-pitch Swiss, 0x31
 * fixed-pitch modern.
 */
export const FONT_HINTS: Record<string, { panose: string; pitchFamily: number }> = {
  [latin!]: { panose: '020B0502040504020204', pitchFamily: 0x22 },
  [chinese!]: { panose: '020B0200000000000000', pitchFamily: 0x22 },
  [mono!]: { panose: '020B0509040504020204', pitchFamily: 0x31 },
}

/** One part's XML with every `a:latin`, `a:ea` and `a:cs` naming a theme face given its hints. */
export function fontHints(xml: string): string {
  return xml.replace(
    /<a:(latin|ea|cs) typeface="([^"]+)"([^>]*?)\/>/g,
    (whole, tag: string, face: string, rest: string) => {
      const hint = FONT_HINTS[face]
      if (!hint) return whole
      const attrs = rest.replace(/\s(?:panose|pitchFamily)="[^"]*"/g, '')
      return `<a:${tag} typeface="${face}" panose="${hint.panose}" pitchFamily="${hint.pitchFamily}"${attrs}/>`
    },
  )
}
