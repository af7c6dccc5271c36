// Control characters in outline text: invisible on a slide, and some break the PDF or the
// Markdown they pass through. Refused at their place, before the schema looks at the outline.
import type { Problem } from '../errors.ts'
import type { Locate, Path } from './places.ts'

// U+0000–U+001F except tab and line feed, and U+007F.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/

/** One problem per string (key or value) of the outline's data that holds a control character. */
export function controlCharProblems(data: unknown, locate: Locate): Problem[] {
  const problems: Problem[] = []
  const check = (s: string, path: Path) => {
    const found = CONTROL.exec(s)
    if (!found) return
    const code = `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`
    problems.push({
      code: 'E_CONTROL_CHAR',
      message: `control character ${code} in ${path.length ? `"${path.join('.')}"` : 'the outline'}`,
      place: locate(path),
      hint: `remove it: it is invisible, and no slide can show it (written as an escape such as "\\x${code.slice(4)}" in a quoted string)`,
    })
  }
  const walk = (value: unknown, path: Path) => {
    if (typeof value === 'string') check(value, path)
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]))
    else if (value !== null && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        check(key, path)
        walk(v, [...path, key])
      }
    }
  }
  walk(data, [])
  return problems
}
