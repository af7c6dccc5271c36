// The disk side of citations: files beside an outline, read by the name the outline gives them.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Load } from './resolve.ts'

export function filesBeside(outlineFile: string): Load {
  return name => {
    try {
      return readFileSync(path.resolve(path.dirname(outlineFile), name))
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ENOENT' || code === 'EISDIR') return undefined
      throw error
    }
  }
}
