// Fenced blocks on a slide of a Markdown outline. ```yaml (or ```<kind>) holds the slide's fields
// as YAML; a block in any other language (```text, ```python, ```json…, or none) is a code block
// shown on the slide: the `code` field, `{ lang, text }`.
import type { Code } from 'mdast'
import { kinds } from '../../kinds/index.ts'
import { kindName } from '../../kinds/types.ts'
import type { Path } from '../../outline/places.ts'
import type { State } from './state.ts'

/** The language that shows YAML as code, since ```yaml holds the slide's fields. */
export const YAML_AS_CODE = 'yml'

/** Whether a fenced block is code to show, not the slide's fields. */
export function isCodeBlock(node: Code): boolean {
  if (node.meta) return false
  if (!node.lang) return true
  return node.lang !== 'yaml' && !kinds.some(k => kindName(k) === node.lang)
}

/** A code block's field: its language (text when it names none) and its lines, each ending in a newline. */
export function readCode(node: Code): { lang: string; text: string } {
  return { lang: node.lang ?? 'text', text: `${node.value}\n` }
}

/**
 * A ```yaml or ```<kind> block read as the slide's fields. When it is not YAML fields, the
 * problems say so and how to show YAML (or anything else) as code instead.
 */
export function readFieldBlock(state: State, node: Code, path: Path): Record<string, unknown> | undefined {
  const before = state.problems.length
  const block = state.yaml(node.value, node.position!.start.line + 1, path)
  if (block === undefined) {
    const info = `\`\`\`${node.lang}`
    for (const p of state.problems.slice(before)) {
      p.message = `a ${info} block holds this slide's fields, and this one is not fields: ${p.message}`
      p.hint = [
        p.hint,
        `to show the block as code on the slide, fence it as \`\`\`${YAML_AS_CODE} (YAML) or \`\`\`text (a prompt, plain text)`,
      ]
        .filter(Boolean)
        .join('; ')
    }
  }
  return block
}
