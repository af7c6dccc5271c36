// A research talk that cites a bibliography, through the real CLI: it builds and exports, the
// PDF reads "Kaplan et al., 2020" and lists only the works cited; a key the bibliography lacks
// stops the build at its place, with nothing written.
import { randomBytes } from 'node:crypto'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { extractText, getDocumentProxy } from 'unpdf'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from '../support/cli.ts'
import { root } from './support.ts'

const name = `.citations-${randomBytes(4).toString('hex')}`
const dir = path.join(root, 'slides', name)
const out = mkdtempSync(path.join(tmpdir(), 'talkdeck-cite-'))
const outline = `---
title: What scaling laws say
speaker: A. Researcher
bibliography: refs.bib
---

# Laws {#laws}

## Loss falls as a power law {#power}

- Test loss falls smoothly with model size [@kaplan2020]
- Data matters as much as parameters [@kaplan2020; @hoffmann2022]
- As @hoffmann2022 showed, most large models were undertrained

::: notes
The exponent comes from @kaplan2020 [p. 3].
:::

## References {#refs .references}
`

afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
  rmSync(out, { recursive: true, force: true })
  const cache = path.join(root, '.talkdeck', 'cache')
  for (const f of existsSync(cache) ? readdirSync(cache) : []) if (f.startsWith(`${name}-`)) rmSync(path.join(cache, f))
})

describe('citations from a bibliography', () => {
  it('resolve in the exported PDF, which lists only the works cited', { timeout: 300_000 }, async () => {
    mkdirSync(dir, { recursive: true })
    writeFileSync(path.join(dir, 'outline.md'), outline)
    copyFileSync(path.join(root, 'tests', 'fixtures', 'cite', 'refs.bib'), path.join(dir, 'refs.bib'))
    const pdf = path.join(out, 'talk.pdf')
    const run = runCli(['export', name, '--output', pdf], {
      env: { ...process.env, TALKDECK_KEEP_SERVER: '0' },
      timeout: 280_000,
    })
    expect(run.status, run.stderr).toBe(0)
    const doc = await getDocumentProxy(new Uint8Array(await readFile(pdf)))
    const text = (await extractText(doc, { mergePages: true })).text.replace(/\s+/g, ' ')
    expect(text).toContain('(Kaplan et al., 2020)')
    expect(text).toContain('(Kaplan et al., 2020; Hoffmann et al., 2022)')
    expect(text).toContain('As Hoffmann et al. (2022) showed')
    expect(text).not.toContain('[@')
    expect(text).not.toMatch(/@kaplan|@hoffmann/)
    expect(text).toContain('Scaling Laws for Neural Language Models')
    expect(text).toContain('Training Compute-Optimal Large Language Models')
    expect(text).not.toContain('Tensor Programs')
    expect(text).not.toContain('A Paper Nobody Cites Here')
    const slides = await readFile(path.join(dir, 'slides.md'), 'utf8')
    expect(slides).toContain('The exponent comes from Kaplan et al. (2020, p. 3).')
  })

  it('a key the bibliography lacks is an error at its place, and nothing is written', () => {
    const slides = path.join(dir, 'slides.md')
    const before = existsSync(slides) ? readFileSync(slides) : undefined
    writeFileSync(path.join(dir, 'outline.md'), outline.replace('[@kaplan2020]', 'and [@kaplan2021]'))
    const run = runCli(['build', name], { timeout: 60_000 })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(`slides/${name}/outline.md:11:49 error E_CITATION: @kaplan2021 is not in refs.bib`)
    expect(run.stderr).toContain('did you mean @kaplan2020?')
    expect(existsSync(slides) ? readFileSync(slides) : undefined).toEqual(before)
  })
})
