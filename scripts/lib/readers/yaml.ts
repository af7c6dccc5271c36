// Outlines written in YAML: slides/<deck>/outline.yaml.
import { isMap, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml'
import { TalkdeckError, type Place } from '../errors.ts'
import type { Path } from '../outline/places.ts'
import type { Reader } from './types.ts'

export const yamlReader: Reader = {
  extensions: ['.yaml', '.yml'],
  read(text, file) {
    const lines = new LineCounter()
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true })
    const at = (offset: number): Place => ({ file, ...lines.linePos(offset) })
    if (doc.errors.length > 0) {
      throw new TalkdeckError(
        doc.errors.map(e => ({
          code: 'E_YAML',
          message: `invalid YAML: ${e.message.split('\n')[0]}`,
          place: at(e.pos[0]),
          hint: 'check the indentation and quoting on that line (quote text that contains ": " or starts with a symbol)',
        })),
      )
    }
    return {
      data: doc.toJS(),
      locate: path => at(nodeFor(doc, path)?.range?.[0] ?? 0),
      locateKey: (path, key) => {
        const node = keyNode(doc, path, key)
        return node?.range ? at(node.range[0]) : undefined
      },
    }
  },
}

function nodeFor(doc: Document, path: Path): Node | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true)
    if (node && typeof node === 'object' && 'range' in node) return node as Node
  }
  return undefined
}

function keyNode(doc: Document, path: Path, key: string): Node | undefined {
  const parent = doc.getIn(path, true)
  if (!isMap(parent)) return undefined
  const pair = parent.items.find(p => isScalar(p.key) && p.key.value === key)
  return isScalar(pair?.key) ? pair.key : undefined
}
