// Output formats of `export`, chosen by --format. A new format is one module here.
import { TalkdeckError } from '../errors.ts'
import { handout } from './handout.ts'
import { pdf } from './pdf.ts'
import { png } from './png.ts'
import { pptx } from './pptx.ts'
import type { BuiltDeck, OutputFormat } from './types.ts'

export type { BuiltDeck, OutputFormat }

export const formats: readonly OutputFormat[] = [pdf, handout, png, pptx]

export function formatFor(id: string): OutputFormat {
  const format = formats.find(f => f.id === id)
  if (format) return format
  throw new TalkdeckError({
    code: 'E_USAGE',
    message: `unknown export format "${id}"`,
    hint: `use --format with one of: ${formats.map(f => f.id).join(', ')}`,
  })
}
