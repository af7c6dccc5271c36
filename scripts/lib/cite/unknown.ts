// A citation of a key the bibliography does not have: where, which key, the keys it may mean.
import { distance } from 'fastest-levenshtein'
import type { Place, Problem } from '../errors.ts'
import type { Bibliography } from './bibliography.ts'

export function unknownKey(key: string, entries: Bibliography, place: Place, file: string): Problem {
  const near = closestKeys(key, [...entries.keys()])
  return {
    code: 'E_CITATION',
    message: `@${key} is not in ${file}${near.length ? `; closest: ${near.map(k => `@${k}`).join(', ')}` : ''}`,
    place,
    hint: near.length
      ? `correct the key (did you mean @${near[0]}?), or add an entry with the key ${key} to ${file}`
      : `add an entry with the key ${key} to ${file}`,
  }
}

/** Up to three keys nearest in spelling, closest first, if any is near at all. */
function closestKeys(key: string, keys: string[]): string[] {
  const lower = key.toLowerCase()
  const limit = Math.max(2, Math.ceil(key.length / 4))
  return keys
    .map(k => ({ k, d: distance(lower, k.toLowerCase()) }))
    .filter(x => x.d <= limit)
    .sort((a, b) => a.d - b.d || a.k.localeCompare(b.k))
    .slice(0, 3)
    .map(x => x.k)
}
