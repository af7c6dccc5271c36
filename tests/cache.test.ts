import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cachedExportPath, rememberExport } from '../scripts/lib/export/cache.ts'
import { exportKey, outputKey } from '../scripts/lib/inputs.ts'

const cachedPdfPath = (root: string, deck: string, key: string) => cachedExportPath(root, deck, key, 'pdf')
const pdfKey = (root: string, slides: string, chromium: string) => outputKey(root, slides, 'pdf', chromium)

let root: string
let slides: string

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'talkdeck-cache-'))
  mkdirSync(path.join(root, 'slides', 'd'), { recursive: true })
  cpSync(path.resolve(import.meta.dirname, '..', 'components'), path.join(root, 'components'), { recursive: true })
  slides = path.join(root, 'slides', 'd', 'slides.md')
  writeFileSync(slides, '---\ntheme: default\n---\n\n# One\n')
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

describe('exportKey', () => {
  it('is stable while nothing changes', async () => {
    expect(await exportKey(root, slides, ['pdf'])).toBe(await exportKey(root, slides, ['pdf']))
  })

  it('changes with the slides, a component, a public file, or the export options', async () => {
    const keys = new Set([await exportKey(root, slides, ['pdf'])])
    writeFileSync(slides, '---\ntheme: default\n---\n\n# One, changed\n')
    keys.add(await exportKey(root, slides, ['pdf']))
    writeFileSync(path.join(root, 'components', 'FitBox.vue'), '<template><div /></template>\n')
    keys.add(await exportKey(root, slides, ['pdf']))
    mkdirSync(path.join(root, 'public'))
    writeFileSync(path.join(root, 'public', 'logo.svg'), '<svg/>')
    keys.add(await exportKey(root, slides, ['pdf']))
    keys.add(await exportKey(root, slides, ['pdf', '/other/chrome']))
    expect(keys.size).toBe(5)
  })
})

describe('rememberExport', () => {
  it("keeps one PDF per deck, and never touches another deck's, whatever the names", async () => {
    const remember = (deck: string, key: string) =>
      rememberExport(cachedPdfPath(root, deck, key), new TextEncoder().encode(`${deck} ${key}`))
    await remember('a-b', 'k1')
    await remember('a', 'k2')
    await remember('a', 'k3')
    expect(existsSync(cachedPdfPath(root, 'a-b', 'k1'))).toBe(true)
    expect(existsSync(cachedPdfPath(root, 'a', 'k2'))).toBe(false)
    expect(readFileSync(cachedPdfPath(root, 'a', 'k3'), 'utf8')).toBe('a k3')
  })
})

describe('outputKey', () => {
  /** A stand-in browser at a fixed path, which says its version and counts how often it is asked. */
  function browser(version: string): string {
    const file = path.join(root, 'bin', 'chromium')
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, `#!/bin/sh\necho asked >> "${file}.asked"\necho "Chromium ${version}"\n`, { mode: 0o755 })
    return file
  }
  const asked = (file: string) =>
    existsSync(`${file}.asked`) ? readFileSync(`${file}.asked`, 'utf8').split('\n').length - 1 : 0

  it('changes when the browser at the same path is upgraded, and asks it its version only once', async () => {
    const old = browser('120.0.1')
    const before = await pdfKey(root, slides, old)
    expect(await pdfKey(root, slides, old)).toBe(before)
    expect(asked(old)).toBe(1)
    utimesSync(browser('121.0.2'), new Date(), new Date(Date.now() + 5_000))
    expect(await pdfKey(root, slides, old)).not.toBe(before)
  })
})
