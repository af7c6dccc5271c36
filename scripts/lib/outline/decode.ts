// Outline bytes → text: UTF-8 or a located error.
import { TalkdeckError } from '../errors.ts'

export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    const bad = firstInvalidUtf8(bytes)
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad))
    const lines = before.split('\n')
    throw new TalkdeckError({
      code: 'E_ENCODING',
      message: `the outline is not valid UTF-8 (byte 0x${(bytes[bad] ?? 0).toString(16)} at offset ${bad})`,
      place: { file, line: lines.length, col: (lines.at(-1)?.length ?? 0) + 1 },
      hint: 'save the file as UTF-8 (in most editors: "Save with encoding" → UTF-8)',
    })
  }
}
function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  let lo = 0
  let hi = bytes.byteLength
  // Smallest prefix that fails to decode, by bisection; its last byte is the culprit's neighbourhood.
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    try {
      decoder.decode(bytes.subarray(0, mid + 1), { stream: true })
      decoder.decode()
      lo = mid + 1
    } catch {
      hi = mid
    }
  }
  return Math.min(lo, bytes.byteLength - 1)
}
