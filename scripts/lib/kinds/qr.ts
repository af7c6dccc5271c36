// A QR code as inline SVG, drawn when the deck is built (no network, no script in the page):
// one path of dark runs, row by row. Pure and deterministic.
import QRCode from 'qrcode'

/** `text` as a QR code: an SVG whose viewBox is the code's modules plus a one-module margin. */
export function qrSvg(text: string, label: string): string {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' })
  const size = modules.size
  const runs: string[] = []
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (!modules.get(y, x)) continue
      const start = x
      while (x + 1 < size && modules.get(y, x + 1)) x++
      runs.push(`M${start + 1} ${y + 1}h${x - start + 1}v1h-${x - start + 1}z`)
    }
  }
  const box = size + 2
  return `<svg class="td-qr" role="img" aria-label="${label}" viewBox="0 0 ${box} ${box}" shape-rendering="crispEdges"><rect width="${box}" height="${box}" fill="#fff"/><path fill="currentColor" d="${runs.join('')}"/></svg>`
}
