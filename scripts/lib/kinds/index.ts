// Every slide kind an outline may use, in the order the schema lists them. Adding a kind is
// one file in this folder and one line here (see README.md beside this file).
import agenda from './agenda.ts'
import bullets from './bullets.ts'
import chart from './chart.ts'
import closing from './closing.ts'
import code from './code.ts'
import columns from './columns.ts'
import cover from './cover.ts'
import image from './image.ts'
import pipeline from './pipeline.ts'
import quote from './quote.ts'
import references from './references.ts'
import table from './table.ts'
import timeline from './timeline.ts'
import { kindName, type KindModule, type KindWriting, type MarkdownForm } from './types.ts'

export const kinds = [
  cover,
  agenda,
  closing,
  references,
  bullets,
  code,
  columns,
  table,
  quote,
  image,
  timeline,
  pipeline,
  chart,
] as const satisfies readonly KindModule[]

/** The kinds written in a Markdown form (a `- point` list → bullets); `undefined`: those named by a class. */
export function kindsInForm(form: MarkdownForm | undefined): string[] {
  return kinds.filter(k => (k.write as KindWriting | undefined)?.markdown === form).map(kindName)
}
