// The TalkdeckError a call throws: tests of bad input check its code, place and fix.
import { TalkdeckError } from '../scripts/lib/errors.ts'

export function caught(fn: () => unknown): TalkdeckError {
  try {
    fn()
  } catch (error) {
    if (error instanceof TalkdeckError) return error
    throw error
  }
  throw new Error('expected a TalkdeckError, but nothing was thrown')
}
