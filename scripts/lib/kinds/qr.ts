// A QR code of the deck's address, made when the deck is built (no network, no script in the
// page): inline SVG for the page, PNG for the PPTX. The code comes from `qrcode` (the most used
// QR encoder on npm, pure JavaScript, no native parts), the PNG from `pngjs`. Pure and deterministic.
import { PNG } from 'pngjs'
import QRCode from 'qrcode'

/** The light margin the QR standard asks for, in modules: the code then reads on a dark page too. */
const QUIET = 4

/** The code's modules, `true` where dark, with a quiet zone of `margin` modules around them. */
function matrix(text: string, margin: number): boolean[][] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' })
  const size = modules.size + 2 * margin
  return Array.from({ length: size }, (_, y) =>
    Array.from({ length: size }, (_, x) => {
      const [my, mx] = [y - margin, x - margin]
      return my >= 0 && mx >= 0 && my < modules.size && mx < modules.size && Boolean(modules.get(my, mx))
    }),
  )
}

/** `text` as a QR code: an SVG whose viewBox is the code's modules plus the quiet zone, one path of dark runs. */
export function qrSvg(text: string, label: string): string {
  const cells = matrix(text, QUIET)
  const box = cells.length
  const runs: string[] = []
  cells.forEach((row, y) => {
    for (let x = 0; x < box; x++) {
      if (!row[x]) continue
      const start = x
      while (row[x + 1]) x++
      runs.push(`M${start} ${y}h${x - start + 1}v1h-${x - start + 1}z`)
    }
  })
  return `<svg class="td-qr" role="img" aria-label="${label}" viewBox="0 0 ${box} ${box}" shape-rendering="crispEdges"><rect width="${box}" height="${box}" fill="#fff"/><path fill="#000" d="${runs.join('')}"/></svg>`
}

/** `text` as a QR code in a PNG, `scale` pixels a module, the same quiet zone as the SVG. */
export function qrPng(text: string, scale = 12): Buffer {
  const cells = matrix(text, QUIET)
  const side = cells.length * scale
  const png = new PNG({ width: side, height: side, colorType: 0, inputColorType: 0, bitDepth: 8 })
  for (let y = 0; y < side; y++)
    for (let x = 0; x < side; x++) {
      const v = cells[Math.floor(y / scale)]![Math.floor(x / scale)] ? 0 : 255
      const i = (y * side + x) * 4
      png.data[i] = png.data[i + 1] = png.data[i + 2] = v
      png.data[i + 3] = 255
    }
  return PNG.sync.write(png, { colorType: 0 })
}
