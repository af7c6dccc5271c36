// Where a line may break: between words, found with Intl.Segmenter (ICU's dictionaries cut
// Chinese and Japanese into words, so 规则, 训练 and 参数 stay whole), never inside a run of
// Latin letters and digits ("GPT-3", "1.17"), never between a number and the unit or measure
// word after it ("120 亿" written 120亿), never before closing or after opening punctuation.
// Pure and import-free: the generator's fitting and the slides in the browser share it.

const CJK_CHAR =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u
/** Characters that may not start a line: closing punctuation, as CJK line breaking has it. */
const NO_START = /^[，。、；：！？）》」』】”’,.;:!?)\]}%·…—-]/u
/** Characters that may not end a line: opening punctuation. */
const NO_END = /[（《「『【“‘([{]$/u

const segmenters = new Map<string, Intl.Segmenter>()
function segmenter(locale: string): Intl.Segmenter {
  let s = segmenters.get(locale)
  if (!s) segmenters.set(locale, (s = new Intl.Segmenter(locale, { granularity: 'word' })))
  return s
}

/** Chinese particles that belong to the word before them (a line never starts with 的). */
const CLINGS = /^[的了地得们着过吗呢吧]$/u
/** Words the dictionary does not know come out one character each: such a run is kept whole (punctuation ends it). */
const isLoneChar = (segment: string) =>
  [...segment].length === 1 && CJK_CHAR.test(segment) && !CLINGS.test(segment) && !/\p{P}/u.test(segment)

/** Whether a line may break between `before` (what the line holds so far) and `next`, `previous` being the last segment. */
function mayBreak(before: string, previous: string, next: string): boolean {
  if (!before) return false
  if (CLINGS.test(next) || (isLoneChar(previous) && isLoneChar(next))) return false
  // A number and its unit stay together, spaced or not: "120 亿", "1750亿".
  if (/(^|[^\p{L}\d.-])[\d.,]+\s*$/u.test(before) && CJK_CHAR.test([...next][0]!)) return false
  if (/\s$/u.test(before)) return !/^\s/u.test(next)
  if (/^\s/u.test(next)) return false
  if (NO_START.test(next) || NO_END.test(before)) return false
  const last = [...before].at(-1)!
  const first = [...next][0]!
  if (!CJK_CHAR.test(last) && !CJK_CHAR.test(first)) return false
  // A number and the word after it stay together; a bracket opening after a number may start a line: GPT-1 |（2018）.
  if (/[\d%]/u.test(last) && CJK_CHAR.test(first) && !NO_END.test(first)) return false
  return true
}

/**
 * The text cut into the pieces a line may break between, each with the spaces after it:
 * joined, they are the text again. "训练 120亿参数的 GPT-3" → 训练␣ | 120亿 | 参数 | 的␣ | GPT-3.
 */
export function wordPieces(text: string, locale = 'zh'): string[] {
  const pieces: string[] = []
  let piece = ''
  let previous = ''
  for (const { segment } of segmenter(locale).segment(text)) {
    const breaks = mayBreak(piece, previous, segment)
    previous = segment
    if (breaks) {
      pieces.push(piece)
      piece = segment
    } else piece += segment
  }
  if (piece) pieces.push(piece)
  return pieces
}

/** Whether a text holds Chinese, Japanese or Korean (where lines break without spaces). */
export const hasCjk = (text: string) => CJK_CHAR.test(text)
