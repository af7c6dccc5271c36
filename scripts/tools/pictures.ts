// npm run pictures [deck]: the README's pictures of the deck — two slides (a timeline and a
// pipeline) and a contact sheet of every slide — rendered by talkdeck's own PNG export, so
// anyone can see the deck before installing anything.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
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
  console.log(docs)
} finally {
  rmSync(work, { recursive: true, force: true })
}
