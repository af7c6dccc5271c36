// Slides written by hand with Slidev's features (KaTeX, code blocks, tables, components, lists),
// generated at random, survive byte for byte while the outline changes elsewhere: as slides of
// their own between generated ones, and as blocks added to a generated slide whose other lines
// the outline changes (merged three ways with the base of the last build). Pure: no browser.
import fc from 'fast-check'
import { stringify } from 'yaml'
import { expect, it } from 'vitest'
import { splitSlides } from '../scripts/lib/merge/segments.ts'
import { core, lastBuiltOf, regenerate } from './support/regenerate.ts'

const word = fc.constantFrom('loss', 'token', 'scale', 'gradient', '注意力', 'größe', 'x_1', 'café', 'α', 'data')
const words = fc.array(word, { minLength: 1, maxLength: 5 }).map(w => w.join(' '))

const math = fc
  .tuple(
    fc.constantFrom('\\frac{a}{b}', 'x^{2}', '\\sum_{i=1}^{n} i', '\\sqrt{d_k}', '\\mathrm{softmax}(QK^T)'),
    fc.constantFrom('+', '=', '\\cdot', '\\le'),
    fc.constantFrom('y', '\\alpha', '1', 'e^{-x}'),
  )
  .chain(([a, op, b]) =>
    fc.constantFrom(`$$\n${a} ${op} ${b}\n$$`, `Inline: $${a} ${op} ${b}$ in a sentence.`, `$$ {1|2}\n${a}\n${b}\n$$`),
  )
const code = fc
  .tuple(
    fc.constantFrom('ts', 'python', 'bash', 'ts {2,3}', 'md'),
    fc.array(fc.constantFrom('const x = 1', '  return y', 'print("---")', '---', '# not a title', '', 'a | b'), {
      minLength: 1,
      maxLength: 5,
    }),
  )
  .map(([lang, lines]) => `\`\`\`${lang}\n${lines.join('\n')}\n\`\`\``)
const table = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 }), words).map(([cols, rows, w]) => {
  const row = (cell: string) => `| ${Array.from({ length: cols }, (_, i) => `${cell} ${i}`).join(' | ')} |`
  const lines = [row('Head'), `|${' --- |'.repeat(cols)}`, ...Array.from({ length: rows }, () => row(w))]
  return lines.join('\n')
})
const component = words.chain(w =>
  fc.constantFrom(
    `<v-click>\n\n${w}\n\n</v-click>`,
    `<Arrow x1="10" y1="20" x2="300" y2="200" />`,
    `<div class="grid grid-cols-2 gap-4">\n<div>\n\n${w}\n\n</div>\n<div>\n\nmore\n\n</div>\n</div>`,
    `<Transform :scale="0.8">\n\n${w}\n\n</Transform>`,
  ),
)
const list = fc
  .array(words, { minLength: 1, maxLength: 4 })
  .chain(items =>
    fc.constantFrom(
      items.map(i => `- ${i}`).join('\n'),
      items.map((i, n) => `${n + 1}. ${i}\n   - under ${i}`).join('\n'),
      items.map(i => `- [ ] ${i}`).join('\n'),
    ),
  )
const feature = fc.oneof(math, code, table, component, list)

/** A slide a person writes: maybe a frontmatter, a title, a few blocks of features. */
const handSlide = fc
  .tuple(
    fc.option(fc.constantFrom('layout: center', 'class: text-sm', 'transition: fade\nclicks: 2')),
    words,
    fc.array(feature, { minLength: 1, maxLength: 3 }),
  )
  .map(([head, title, blocks]) => {
    const body = [`# ${title}`, ...blocks].join('\n\n')
    return head ? `---\n${head}\n---\n\n${body}\n` : `---\n\n${body}\n`
  })

interface Model {
  slides: { id: string; title: string; bullets: string[] }[]
  next: number
}

const outlineOf = (model: Model) =>
  stringify({
    deck: { title: 'Hand and outline', language: 'en' },
    sections: [{ id: 'main', title: 'Main', slides: model.slides.map(s => ({ kind: 'bullets', ...s })) }],
  })

type Change = { do: 'retitle' | 'bullet' | 'add' | 'remove' | 'move'; pick: number; text: string }
const change: fc.Arbitrary<Change> = fc.record({
  do: fc.constantFrom('retitle', 'bullet', 'add', 'remove', 'move'),
  pick: fc.nat(),
  text: words,
})

/** One outline change; never to the slide edited by hand, except its title and bullets (other lines than the hand's). */
function apply(model: Model, c: Change, edited: string): void {
  const target = model.slides[c.pick % model.slides.length]!
  if (c.do === 'retitle') target.title = c.text
  if (c.do === 'bullet') target.bullets[c.pick % target.bullets.length] = c.text
  if (c.do === 'add')
    model.slides.splice(c.pick % model.slides.length, 0, { id: `s${model.next++}`, title: c.text, bullets: [c.text] })
  if (c.do === 'remove' && target.id !== edited && model.slides.length > 2)
    model.slides.splice(model.slides.indexOf(target), 1)
  if (c.do === 'move') model.slides.push(...model.slides.splice(c.pick % model.slides.length, 1))
}

it('keeps hand-written slides and blocks byte for byte while the outline changes elsewhere', () => {
  const kinds = new Map<string, number>() // what became of the edited slide, over all runs
  fc.assert(
    fc.property(
      fc.array(handSlide, { minLength: 1, maxLength: 3 }),
      feature,
      fc.array(change, { minLength: 1, maxLength: 4 }),
      fc.nat(),
      fc.boolean(),
      (hands, block, changes, at, retitled) => {
        const model: Model = {
          slides: ['s1', 's2', 's3'].map(id => ({
            id,
            title: `Title ${id}`,
            bullets: [`first ${id}`, `second ${id}`],
          })),
          next: 4,
        }
        let built = regenerate(outlineOf(model))
        // A block added at the end of one generated slide (its title changed too, at times), and slides of one's own after another.
        const edited = model.slides[at % 3]!.id
        const segments = splitSlides(built.text).map(s =>
          s.stamp?.id === edited
            ? `${s.text.trimEnd().replace(/^# (.*)$/m, (line, title) => (retitled ? `# ${title} (mine)` : line))}\n\n${block}\n\n`
            : s.text.replace(/\n*$/, '\n\n'),
        )
        segments.splice(1 + (at % segments.length), 0, ...hands.map(h => `${h}\n`))
        let markdown = segments.join('')
        for (const c of changes) {
          apply(model, c, edited)
          const lastBuilt = lastBuiltOf(markdown)
          built = regenerate(outlineOf(model), markdown, { lastBuilt, bases: built.bases })
          markdown = built.text
          const about = built.changes.find(x => x.id === edited)
          const fate = about?.outlineChanged ? 'clash' : (about?.kind ?? 'unchanged')
          kinds.set(fate, (kinds.get(fate) ?? 0) + 1)
          for (const hand of hands) expect(markdown).toContain(core(hand.replace(/^---\n\n/, '')))
          expect(markdown).toContain(`\n${block}\n`)
          if (retitled) expect(markdown).toMatch(/^# .* \(mine\)$/m)
          // Built again unchanged, it stays the same bytes.
          expect(
            regenerate(outlineOf(model), markdown, { lastBuilt: lastBuiltOf(markdown), bases: built.bases }).text,
          ).toBe(markdown)
        }
      },
    ),
    { numRuns: 150 },
  )
  // The runs merged outline changes into the edited slide, and kept it where both changed one line.
  expect(kinds.get('merged')).toBeGreaterThan(5)
  expect(kinds.get('clash')).toBeGreaterThan(0)
})
