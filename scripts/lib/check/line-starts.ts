// Page-side: where the lines of a wrapped HTML text start, as the browser laid it out: the offsets
// of the first character of each line after the first. Installed in the page beside the text probe
// (render/visit.ts), so it uses nothing from outside itself.

/** Where the lines of a wrapped text node start, or nothing when it stands on one line. */
export function wrappedLines(node: Text): { text: string; starts: number[] } | undefined {
  const data = node.data
  const starts: number[] = []
  const range = document.createRange()
  let bottom: number | undefined
  for (let i = 0; i < data.length; i++) {
    if (/\s/.test(data[i]!)) continue
    // One character, or a surrogate pair.
    const end = i + (data.codePointAt(i)! > 0xffff ? 2 : 1)
    range.setStart(node, i)
    range.setEnd(node, end)
    const r = Array.from(range.getClientRects()).find(b => b.width > 0 && b.height > 0)
    if (r) {
      if (bottom !== undefined && r.top >= bottom - r.height * 0.25) starts.push(i)
      if (bottom === undefined || r.top >= bottom - r.height * 0.25) bottom = r.bottom
    }
    if (end - i === 2) i++
  }
  return starts.length ? { text: data, starts } : undefined
}
