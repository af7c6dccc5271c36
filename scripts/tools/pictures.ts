// npm run pictures [deck]: the README's pictures of the deck — two slides (a timeline and a
// pipeline), a contact sheet of every slide, and two slides of the English talk in the light and
// the dark theme — rendered by talkdeck's own PNG export, so anyone can see the deck before
// installing anything.
import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createCanvas, loadImage } from '@napi-rs/canvas'
import { exportDeck } from '../commands/export.ts'
import { filesBeside } from '../lib/cite/files.ts'
import { generateMarkdown } from '../lib/generate.ts'
import { deckPaths } from '../lib/project.ts'

const root = path.resolve(import.meta.dirname, '..', '..')
const paths = deckPaths(root, process.argv[2] ?? 'chatgpt')
const docs = path.join(root, 'docs')
const COLUMNS = 5
const THUMB = { width: 392, height: 221, gap: 8 }
/** The English talk's slides the README shows in both themes. */
const THEME_SLIDES = ['data-flywheel', 'rlhf-reward-model']

const work = mkdtempSync(path.join(os.tmpdir(), 'talkdeck-pictures-'))
try {
  const folder = await exportDeck(paths, {
    format: 'png',
    output: path.join(work, 'png'),
    keep: false,
    log: line => console.error(line),
  })
  const files = readdirSync(folder)
    .filter(f => f.endsWith('.png'))
    .sort()
  const ids = generateMarkdown(readFileSync(paths.outline), paths.outline, {
    load: filesBeside(paths.outline),
  }).slides.map(s => s.id)
  // The README's two pictures: the shipped talk's GPT family timeline and its RLHF pipeline.
  for (const [id, name] of [
    ['gpt-family', 'slide-timeline.png'],
    ['ability-roadmap', 'slide-pipeline.png'],
  ] as const) {
    const index = ids.indexOf(id)
    if (index >= 0) copyFileSync(path.join(folder, files[index]!), path.join(docs, name))
  }
  const rows = Math.ceil(files.length / COLUMNS)
  const sheet = createCanvas(
    COLUMNS * (THUMB.width + THUMB.gap) + THUMB.gap,
    rows * (THUMB.height + THUMB.gap) + THUMB.gap,
  )
  const ctx = sheet.getContext('2d')
  ctx.fillStyle = '#9aa1ad'
  ctx.fillRect(0, 0, sheet.width, sheet.height)
  for (const [i, file] of files.entries()) {
    const image = await loadImage(readFileSync(path.join(folder, file)))
    ctx.drawImage(
      image,
      THUMB.gap + (i % COLUMNS) * (THUMB.width + THUMB.gap),
      THUMB.gap + Math.floor(i / COLUMNS) * (THUMB.height + THUMB.gap),
      THUMB.width,
      THUMB.height,
    )
  }
  writeFileSync(path.join(docs, 'contact-sheet.png'), sheet.toBuffer('image/png'))
  await themePictures()
  console.log(docs)
} finally {
  rmSync(work, { recursive: true, force: true })
}

/** The slides of a deck as PNG files, by the slides' outline ids. */
async function slidesOf(deck: ReturnType<typeof deckPaths>, out: string): Promise<Map<string, string>> {
  const folder = await exportDeck(deck, { format: 'png', output: out, keep: false, log: line => console.error(line) })
  const files = readdirSync(folder)
    .filter(f => f.endsWith('.png'))
    .sort()
  const ids = generateMarkdown(readFileSync(deck.outline), deck.outline, { load: filesBeside(deck.outline) }).slides
  return new Map(ids.map((s, i) => [s.id, path.join(folder, files[i]!)]))
}

/**
 * docs/theme-light.png and docs/theme-dark.png: the same two slides of the English talk (a
 * diagram, and a formula beside text) in each theme, the dark one from a copy of the deck with
 * `theme: dark` added to its front matter.
 */
async function themePictures(): Promise<void> {
  const light = deckPaths(root, 'chatgpt-en')
  const dark = deckPaths(root, `.pictures-dark-${process.pid}`)
  cpSync(light.dir, dark.dir, {
    recursive: true,
    filter: f => !/(slides|talkdeck-base)\.md$|talkdeck-record\.yaml$/.test(f),
  })
  try {
    const outline = readFileSync(light.outline, 'utf8').replace(/^language: en$/m, 'language: en\ntheme: dark')
    writeFileSync(path.join(dark.dir, path.basename(light.outline)), outline)
    for (const [deck, name] of [
      [light, 'theme-light.png'],
      [deckPaths(root, dark.name), 'theme-dark.png'],
    ] as const) {
      const slides = await slidesOf(deck, path.join(work, name))
      const shown = await Promise.all(THEME_SLIDES.map(id => loadImage(readFileSync(slides.get(id)!))))
      const width = 980
      const height = Math.round((shown[0]!.height * width) / shown[0]!.width)
      const strip = createCanvas(width, shown.length * height + (shown.length - 1) * THUMB.gap)
      const ctx = strip.getContext('2d')
      ctx.fillStyle = '#9aa1ad'
      ctx.fillRect(0, 0, strip.width, strip.height)
      shown.forEach((image, i) => ctx.drawImage(image, 0, i * (height + THUMB.gap), width, height))
      writeFileSync(path.join(docs, name), strip.toBuffer('image/png'))
    }
  } finally {
    rmSync(dark.dir, { recursive: true, force: true })
  }
}
