// What the PPTX is made from: slides.md as built, slide by slide, as Slidev renders it, each
// slide matched with the planned deck's model of it. A slide as talkdeck generated it is drawn
// from the model as editable text; a slide edited or added by hand in slides.md has no model that
// says what it shows, so its text is read from the page instead (hand-page.ts). Pure: data in,
// data out.
import { parseSync } from '@slidev/parser'
import type { Deck, DeckSlide } from '../../deck/model.ts'
import { splitSlides } from '../../merge/segments.ts'
import { editedByHand } from '../../merge/stamp.ts'

export interface SourceSlide {
  /** The outline's slide, when slides.md holds it as generated; undefined for a slide edited or added by hand. */
  content?: DeckSlide['content']
  /** Speaker notes: the outline's, or, for a slide edited by hand, those in slides.md. */
  notes?: string
}

export interface PptxSource {
  deck: Deck
  slides: SourceSlide[]
}

export function pptxSource(deck: Deck, markdown: string): PptxSource {
  const byId = new Map(deck.slides.map(s => [s.id, s]))
  const parsed = parseSync(markdown, 'slides.md').slides
  const slides = splitSlides(markdown).map((segment, i): SourceSlide => {
    const { stamp } = segment
    const planned = stamp && !editedByHand(stamp) ? byId.get(stamp.id) : undefined
    if (planned) return { content: planned.content, notes: notesOf(planned.content) }
    const note = parsed[i]?.note?.trim()
    return { notes: note || undefined }
  })
  return { deck, slides }
}

function notesOf(content: DeckSlide['content']): string | undefined {
  return 'notes' in content && typeof content.notes === 'string' && content.notes.trim() !== ''
    ? content.notes
    : undefined
}
