// A picture larger than the slide is scaled into the room under its title, wherever it stands
// (the first slide included, which Slidev would otherwise lay out as a cover): `talkdeck check`
// in real Slidev and Chromium finds nothing running off the slide.
import { randomBytes } from 'node:crypto'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { createCanvas } from '@napi-rs/canvas'
import { afterAll, expect, it } from 'vitest'
import { checkDeck } from '../../scripts/commands/check.ts'
import { buildDeck } from '../../scripts/lib/build-deck.ts'
import { formatFinding } from '../../scripts/lib/check/format.ts'
import { deckPaths } from '../../scripts/lib/project.ts'
import { root } from './support.ts'

const name = `.wide-images-${randomBytes(4).toString('hex')}`
const paths = deckPaths(root, name)
const pictures = path.join(paths.publicDir, name)

function picture(file: string, width: number, height: number) {
  const canvas = createCanvas(width, height)
  const g = canvas.getContext('2d')
  g.fillStyle = '#1d4ed8'
  g.fillRect(0, 0, width, height)
  writeFileSync(path.join(pictures, file), canvas.toBuffer('image/png'))
}

const slide = (id: string, src: string, caption = '') =>
  `      - { kind: image, id: ${id}, title: ${id}, src: ${name}/${src}, alt: ${id}${caption && `, caption: ${caption}`} }\n`

afterAll(() => {
  rmSync(paths.dir, { recursive: true, force: true })
  rmSync(pictures, { recursive: true, force: true })
})

it('a raster picture wider or taller than the slide is fitted, first slide or not', async () => {
  mkdirSync(pictures, { recursive: true })
  picture('wide.png', 3000, 600)
  picture('tall.png', 500, 3000)
  mkdirSync(paths.dir, { recursive: true })
  writeFileSync(
    paths.outline,
    `deck:\n  title: Pictures\n  language: en\nsections:\n  - id: a\n    title: A\n    divider: false\n    slides:\n${slide('first-wide', 'wide.png', 'a caption under it')}${slide('tall', 'tall.png')}${slide('wide', 'wide.png', 'a caption')}`,
  )
  const built = await buildDeck(paths)
  const result = await checkDeck(paths, { json: true, log: () => {}, entries: built.entries })
  expect(result.findings.map(formatFinding)).toEqual([])
})
