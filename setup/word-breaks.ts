// Chinese lines break only between words: the slides set `word-break: keep-all` (no break
// between two ideographs) and this puts a <wbr> between the words of every text on a slide
// (scripts/lib/fonts/words.ts, as the generator's fitting cuts them), so 训练 and 120亿 stay
// whole. It runs on whatever Slidev mounts, in every view, as slides come and go.
import { hasCjk, wordPieces } from '../scripts/lib/fonts/words.ts'

const SKIP = 'svg, pre, code, script, style, textarea, .katex, [contenteditable]'
const done = new WeakSet<Text>()

/** One text node → its words with a <wbr> between each two (nothing changes in what it reads). */
function breakText(node: Text, locale: string) {
  // Latin text breaks at its spaces by itself; only a name with a hyphen before a number ("GPT-3") needs keeping whole.
  const latinName = /\p{L}-\d/u.test(node.data)
  if (done.has(node) || (!hasCjk(node.data) && !latinName) || node.parentElement?.closest(SKIP)) return
  const pieces = wordPieces(node.data, locale)
  done.add(node)
  if (pieces.length < 2 && !/\S\s+\S/u.test(pieces[0] ?? '')) return
  const parts: Node[] = []
  pieces.forEach((piece, i) => {
    if (i > 0) parts.push(document.createElement('wbr'))
    // A piece with a space inside ("120 亿": a number and its unit) is one word: no line breaks at that
    // space; nor after the hyphen of a name with a number ("GPT-3"), where Chromium would break.
    const whole = /\S\s+\S/u.test(piece) || /\p{L}-\d/u.test(piece)
    const word = whole ? piece.trimEnd() : piece
    const text = document.createTextNode(word)
    done.add(text)
    if (!whole) return parts.push(text)
    const span = document.createElement('span')
    span.style.whiteSpace = 'nowrap'
    span.append(text)
    const after = document.createTextNode(piece.slice(word.length))
    done.add(after)
    parts.push(span, ...(after.data ? [after] : []))
  })
  node.replaceWith(...parts)
}

function breakWithin(root: Node, locale: string) {
  if (root.nodeType === Node.TEXT_NODE) return breakText(root as Text, locale)
  if (!(root instanceof Element) || root.closest(SKIP)) return
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  const texts: Text[] = []
  while (walker.nextNode()) texts.push(walker.currentNode as Text)
  texts.forEach(t => breakText(t, locale))
}

/** Keep words whole in the slides from now on. */
export function keepWordsWhole() {
  const locale = document.documentElement.lang || 'zh'
  breakWithin(document.body, locale)
  new MutationObserver(records => {
    for (const record of records) {
      if (record.type === 'characterData') breakText(record.target as Text, locale)
      else record.addedNodes.forEach(n => breakWithin(n, locale))
    }
  }).observe(document.body, { childList: true, subtree: true, characterData: true })
}
