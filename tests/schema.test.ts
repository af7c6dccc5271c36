// Editors read schema/outline.schema.json: it must be the schema talkdeck validates with.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { outlineJsonSchema } from '../scripts/commands/schema.ts'

describe('schema/outline.schema.json', () => {
  it('is what `npm run schema` writes from the kinds (run it after changing a kind)', () => {
    expect(readFileSync(new URL('../schema/outline.schema.json', import.meta.url), 'utf8')).toBe(outlineJsonSchema())
  })
})
