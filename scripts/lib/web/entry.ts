// The Markdown a web build is made from: the deck's slides.md with its headmatter set for
// hosting — hash routing (deep links like #/12 work from any static file server), no presenter
// view unless the notes are published, and the PDF to download, when there is one. Pure.
import { putSettings, type Setting } from '../merge/headmatter.ts'
import { splitSlides } from '../merge/segments.ts'

export interface WebEntryOptions {
  /** Publish the speaker notes and the presenter view. */
  withNotes: boolean
  /** The PDF's file name in the built site, when one is offered for download. */
  pdf?: string
}

export function webEntry(markdown: string, { withNotes, pdf }: WebEntryOptions): string {
  const segments = splitSlides(markdown)
  const settings: Setting[] = [
    { key: 'routerMode', text: 'routerMode: hash' },
    { key: 'presenter', text: `presenter: ${withNotes}` },
    { key: 'download', text: pdf ? `download: ${JSON.stringify(`./${pdf}`)}` : 'download: false' },
  ]
  const [first, ...rest] = segments.map(s => s.text)
  return [putSettings(first ?? '', settings), ...rest].join('')
}
