// A text split where its script changes, as PowerPoint itself writes a line that mixes Chinese
// and Latin ("用 GPT-3 生成"): each piece a run of its own, Chinese in the Chinese face and tagged
// Chinese, Latin letters and digits in the Latin face and tagged English. The pieces are then set
// in the faces the page drew them in (its font stack puts the Latin face first), and PowerPoint's
// proofing checks each word in its own language. Pure.
import { theme } from '../../theme.ts'

export interface Piece {
  text: string
  /** The face to set it in. */
  font: string
  /** Its language tag (BCP 47). */
  lang: string
}

const CJK = /[\u2e80-\u2fdf\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/u
const LETTER = /[\p{L}\p{N}]/u

/** Whether a text holds Chinese (or other CJK) characters. */
export const hasCjk = (text: string): boolean => CJK.test(text)

/**
 * The pieces of a text: runs of one script each. Spaces, punctuation and symbols stay with the
 * piece they follow (at the start, the piece they precede), so no piece is only a space.
 * `deckLang` tags the pieces of the deck's own script; `mono` sets Latin in the monospace face.
 */
export function byScript(text: string, deckLang: string, mono = false): Piece[] {
  const [latinFace, cjkFace] = theme.font.families
  const chinese = /^zh/i.test(deckLang)
  const piece = (cjk: boolean, s: string): Piece => ({
    text: s,
    font: cjk ? cjkFace : mono ? theme.font.mono.family : latinFace,
    lang: cjk ? (chinese ? deckLang : 'zh-CN') : chinese ? 'en-US' : deckLang,
  })
  const out: { cjk: boolean | undefined; text: string }[] = []
  for (const c of text) {
    const kind = CJK.test(c) ? true : LETTER.test(c) ? false : undefined
    const last = out.at(-1)
    if (!last || (kind !== undefined && last.cjk !== undefined && kind !== last.cjk)) out.push({ cjk: kind, text: c })
    else {
      last.text += c
      if (last.cjk === undefined) last.cjk = kind
    }
  }
  if (out.length === 0) return [piece(chinese, text)]
  return out.map(p => piece(p.cjk ?? chinese, p.text))
}
