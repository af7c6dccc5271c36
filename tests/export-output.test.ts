// Where `export` writes when no --output is given: the plain PDF is dist/<deck>.pdf, and the
// other outputs are named beside it, so one never replaces another.
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultOutput } from '../scripts/commands/export.ts'
import { formatFor } from '../scripts/lib/export/index.ts'
import { deckPaths } from '../scripts/lib/project.ts'

const paths = deckPaths('/talk', 'chatgpt')
const at = (file: string) => path.join('/talk', 'dist', file)

describe('the default output', () => {
  it('keeps dist/<deck>.pdf for the plain PDF', () => {
    expect(defaultOutput(paths, formatFor('pdf'))).toBe(at('chatgpt.pdf'))
    expect(defaultOutput(paths, formatFor('pdf'), true)).toBe(at('chatgpt-clicks.pdf'))
    expect(defaultOutput(paths, formatFor('pptx'))).toBe(at('chatgpt.pptx'))
    expect(defaultOutput(paths, formatFor('png'))).toBe(at('chatgpt'))
  })
})
