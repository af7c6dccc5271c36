// A small, strict XML reader for the tests: a slide part of a PPTX read into elements, throwing
// where the text is not well-formed (a tag left open or closed twice, an attribute unquoted or
// given twice, a stray `<` or `&`). The project has no XML parser, and needs none outside tests.

export interface XmlElement {
  name: string
  attrs: Record<string, string>
  children: XmlElement[]
}

const TAG = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y
const ATTR = /([A-Za-z_][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/y

/** The document's root element; throws on anything not well-formed. */
export function parseXml(xml: string): XmlElement {
  const stack: XmlElement[] = []
  let root: XmlElement | undefined
  let at = xml.startsWith('<?xml') ? xml.indexOf('?>') + 2 : 0
  while (at < xml.length) {
    if (xml[at] === '<') {
      TAG.lastIndex = at
      const tag = TAG.exec(xml)
      if (!tag) throw new Error(`not a tag at ${at}: ${xml.slice(at, at + 60)}`)
      at = TAG.lastIndex
      const [, closing, name, attrText, empty] = tag
      if (closing) {
        const open = stack.pop()
        if (open?.name !== name) throw new Error(`</${name}> closes <${open?.name ?? 'nothing'}> at ${at}`)
        continue
      }
      const attrs: Record<string, string> = {}
      for (const a of attrText!.matchAll(ATTR)) {
        if (a[1]! in attrs) throw new Error(`attribute ${a[1]} twice on <${name}>`)
        attrs[a[1]!] = a[2] ?? a[3]!
      }
      const element = { name: name!, attrs, children: [] }
      if (stack.length) stack.at(-1)!.children.push(element)
      else if (root) throw new Error(`a second root <${name}>`)
      else root = element
      if (!empty) stack.push(element)
    } else if (xml[at] === '&') {
      ENTITY.lastIndex = at
      if (!ENTITY.exec(xml)) throw new Error(`a bare & at ${at}`)
      at = ENTITY.lastIndex
    } else {
      if (!stack.length && !/\s/.test(xml[at]!)) throw new Error(`text outside the root at ${at}`)
      at++
    }
  }
  if (stack.length) throw new Error(`<${stack.at(-1)!.name}> is never closed`)
  if (!root) throw new Error('no root element')
  return root
}

/** Every element under `from` (itself included) named `name`, in document order. */
export function elements(from: XmlElement, name: string): XmlElement[] {
  return [...(from.name === name ? [from] : []), ...from.children.flatMap(c => elements(c, name))]
}

/** The first child of `from` named `name`. */
export const child = (from: XmlElement, name: string) => from.children.find(c => c.name === name)
