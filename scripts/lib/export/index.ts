// Output formats of `export`, chosen by --format. A new format is one module here.
import { TalkdeckError } from '../errors.ts'
import { pdf } from './pdf.ts'
import { png } from './png.ts'
import type { OutputFormat } from './types.ts'

export type { OutputFormat }

export const formats: readonly OutputFormat[] = [pdf, png]

export function formatFor(id: string): OutputFormat {
  const format = formats.find(f => f.id === id)
  if (format) return format
  throw new TalkdeckError({
    code: 'E_USAGE',
    message: `unknown export format "${id}"`,
    hint: `use --format with one of: ${formats.map(f => f.id).join(', ')}`,
  })
}
