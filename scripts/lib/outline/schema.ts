// The outline schema: the only runtime validation in talkdeck. It is derived from the list of
// slide kinds (scripts/lib/kinds/index.ts); everything past the readers works on the plain
// types inferred here.
import { z } from 'zod'
import { kinds } from '../kinds/index.ts'
import { kindName, type KindModule } from '../kinds/types.ts'
import { deckMeta, id, text } from './fields.ts'

type Kinds = readonly [KindModule, ...KindModule[]]

/** The whole outline's schema for a list of kinds. */
export function outlineSchemaOf<const L extends Kinds>(list: L) {
  // A tuple of the kinds' schemas, typed element by element, as discriminatedUnion wants it.
  const schemas = list.map(k => k.schema) as unknown as { [I in keyof L]: L[I]['schema'] }
  const slide = z.discriminatedUnion('kind', schemas)
  const section = z.strictObject({
    id,
    title: text,
    minutes: z.number().positive().optional(),
    divider: z.boolean().default(true).describe('Open the section with a divider slide.'),
    slides: z.array(slide).min(1),
  })
  const outline = z.strictObject({
    $schema: z.string().optional(),
    deck: deckMeta,
    sections: z.array(section).min(1, 'an outline needs at least one section'),
  })
  return { slide, section, outline, names: list.map(kindName) }
}

export const { slide, section, outline, names: slideKinds } = outlineSchemaOf(kinds)

export type Outline = z.output<typeof outline>
export type Section = z.output<typeof section>
export type Slide = z.output<typeof slide>
export type SlideKind = Slide['kind']
export type SlideOf<K extends SlideKind> = Extract<Slide, { kind: K }>
export type { Bullet } from './fields.ts'
