// Adding a slide kind is one file and one line in the list: a kind made only for this test
// (tests/fixtures/kinds/shout.ts) goes through every step that the shipped kinds go through.
import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { TalkdeckError } from '../scripts/lib/errors.ts'
import { generateMarkdown } from '../scripts/lib/generate.ts'
import { kinds } from '../scripts/lib/kinds/index.ts'
import { defineKind, kindName, type KindModule } from '../scripts/lib/kinds/types.ts'
import { slideSchema, text } from '../scripts/lib/outline/fields.ts'
import { outlineSchemaOf, slideKinds } from '../scripts/lib/outline/schema.ts'
import type { Drawing } from '../scripts/lib/export/pptx/drawing.ts'
import { orderedKeys } from '../scripts/lib/writers/order.ts'
import shout from './fixtures/kinds/shout.ts'

const withShout = [...kinds, shout] as const

const outline = (slide: string) => `deck: { title: Kinds }
sections:
  - id: s
    title: S
    divider: false
    slides:
      - ${slide}
`
const generate = (slide: string, list: readonly [KindModule, ...KindModule[]] = withShout) =>
  generateMarkdown(Buffer.from(outline(slide)), 'outline.yaml', { kinds: list })

describe('the list of kinds', () => {
  it('names the schema’s kinds, in order, from the modules themselves', () => {
    expect(slideKinds).toEqual(kinds.map(kindName))
    expect(slideKinds).toEqual([
      'cover',
      'agenda',
      'closing',
      'references',
      'bullets',
      'code',
      'columns',
      'table',
      'quote',
      'image',
      'timeline',
      'pipeline',
      'chart',
    ])
  })

  it('a kind without a renderer does not compile', () => {
    // @ts-expect-error `render` is required: tsc (run by `npm test`) fails if this ever compiles.
    const broken = defineKind({ schema: slideSchema('mute', { words: text }) })
    expect(broken.schema.shape.kind.value).toBe('mute')
  })
})

describe('a kind added in one file', () => {
  it('is refused while it is not in the list', () => {
    expect(() => generate('{ kind: shout, words: hi }', kinds)).toThrow(/unknown slide kind "shout"/)
  })

  it('is rendered, with the notes and stamp every slide gets', () => {
    const built = generate('{ kind: shout, id: hey, words: hello, times: 2, notes: loud }')
    expect(built.slides.map(s => s.id)).toEqual(['hey'])
    expect(built.markdown).toContain('# HELLO HELLO')
    expect(built.markdown).toContain('layout: center')
    expect(built.markdown).toContain('routeAlias: hey')
    expect(built.markdown).toMatch(/<!--\nloud\n-->/)
  })

  it('is split by its own fitting rule', () => {
    expect(generate('{ kind: shout, id: hey, words: hi, times: 3 }').slides.map(s => s.id)).toEqual(['hey', 'hey--2'])
  })

  it('is validated by its schema and its own rule, with places', () => {
    const error = (() => {
      try {
        generate('{ kind: shout, words: whisper, times: 9 }')
      } catch (e) {
        return e as TalkdeckError
      }
    })()
    expect(error).toBeInstanceOf(TalkdeckError)
    expect(error!.problems[0]).toMatchObject({ code: 'E_INVALID', place: { line: 7, col: 47 } })
    expect(() => generate('{ kind: shout, words: whisper }')).toThrow(
      /outline.yaml:7:\d+ error E_INVALID: a shout cannot whisper/,
    )
  })

  it('is in the JSON Schema editors read', () => {
    const schema = JSON.stringify(
      z.toJSONSchema(outlineSchemaOf(withShout).outline, { io: 'input', target: 'draft-7' }),
    )
    expect(schema).toContain('"const":"shout"')
  })

  it('is written in its own key order by the outline writers', () => {
    const slide = { words: 'hi', id: 'hey', notes: 'loud', kind: 'shout', times: 2 }
    const at = ['sections', 0, 'slides', 0]
    expect(orderedKeys(slide, at, 'shout', withShout)).toEqual(['kind', 'id', 'times', 'words', 'notes'])
    expect(orderedKeys(slide, at, 'shout', kinds)).toEqual(['kind', 'id', 'words', 'times', 'notes'])
  })

  it('draws its PowerPoint slide with the drawing API, where the page drew its title', () => {
    const texts: unknown[][] = []
    const title = { x: 10, y: 20, width: 300, height: 60 }
    const draw: Drawing = {
      drawn: { box: { x: 0, y: 0, width: 980, height: 552 }, parts: { title } },
      text: (...args) => void texts.push(args),
      code: () => {},
      list: () => {},
      table: () => {},
      rule: () => {},
      image: () => {},
      figure: () => {},
      bars: () => {},
      node: () => {},
      connect: () => {},
    }
    const slide = shout.schema.parse({ kind: 'shout', words: 'hello' })
    shout.pptx!(draw, slide, {
      meta: { title: 'Kinds', language: 'en', theme: 'light' },
      sections: [],
      words: {} as never,
    })
    expect(texts).toEqual([[title, 'HELLO', { px: 52, bold: true, align: 'center' }]])
  })
})
