// A bibliography file → its entries as CSL-JSON items, keyed by citation key. BibTeX (.bib) and
// CSL-JSON (.json) are read with citation-js, the library Zotero's and Pandoc's formats are
// converted with elsewhere. Pure: bytes in, entries out, or a TalkdeckError placed in the file.
import { Cite } from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import path from 'node:path'
import { TalkdeckError } from '../errors.ts'

export interface Name {
  family?: string
  given?: string
  literal?: string
}

/** The CSL-JSON fields talkdeck shows. */
export interface Entry {
  id: string
  type?: string
  title?: string
  author?: Name[]
  editor?: Name[]
  issued?: { 'date-parts'?: (number | string)[][]; literal?: string }
  'container-title'?: string
  publisher?: string
  genre?: string
  number?: string
  URL?: string
}

export type Bibliography = ReadonlyMap<string, Entry>

const FORMATS: Record<string, string> = {
  '.bib': '@bibtex/text',
  '.bibtex': '@bibtex/text',
  '.json': '@csl/list+object',
}

/** The formats a bibliography may be in, by file name ending. */
export const BIBLIOGRAPHY_EXTENSIONS = Object.keys(FORMATS)

export function readBibliography(text: string, file: string): Bibliography {
  const type = FORMATS[path.extname(file).toLowerCase()]
  if (!type) {
    throw new TalkdeckError({
      code: 'E_BIBLIOGRAPHY',
      message: `${file}: talkdeck reads a bibliography in BibTeX (.bib) or CSL-JSON (.json)`,
      place: { file, line: 1, col: 1 },
      hint: 'export the bibliography from your reference manager as BibTeX or CSL JSON',
    })
  }
  const data = type === '@bibtex/text' ? text : parseJson(text, file)
  let items: Entry[]
  try {
    items = new Cite(data, { forceType: type } as ConstructorParameters<typeof Cite>[1]).data as Entry[]
  } catch (error) {
    throw unreadable(error, file)
  }
  return new Map(items.map(item => [item.id, item]))
}

function parseJson(text: string, file: string): unknown {
  try {
    const data: unknown = JSON.parse(text)
    if (Array.isArray(data)) return data
  } catch (error) {
    throw unreadable(error, file)
  }
  throw new TalkdeckError({
    code: 'E_BIBLIOGRAPHY',
    message: `${file}: a CSL-JSON bibliography is a list of entries`,
    place: { file, line: 1, col: 1 },
    hint: 'write it as [ { "id": "kaplan2020", "type": "article", … } ]',
  })
}

/** The parser's message, placed where it says the problem is. */
function unreadable(error: unknown, file: string): TalkdeckError {
  const message = error instanceof Error ? error.message : String(error)
  const at = /line (\d+) col(?:umn)? (\d+)/i.exec(message)
  return new TalkdeckError({
    code: 'E_BIBLIOGRAPHY',
    message: `${file} does not read as a bibliography: ${message.split('\n')[0]}`,
    place: { file, line: at ? Number(at[1]) : 1, col: at ? Number(at[2]) : 1 },
    hint: 'fix the entry there (an unclosed brace or a missing comma between fields is the usual cause)',
  })
}
