import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { diagramStore, MAX_ENTRIES } from '../scripts/lib/diagrams/store.ts'

const dirs: string[] = []
const tempDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'talkdeck-store-'))
  dirs.push(dir)
  return dir
}
afterEach(() => dirs.splice(0).forEach(d => rmSync(d, { recursive: true, force: true })))

const key = (n: number) => n.toString(16).padStart(64, '0')
const SVG = '<svg xmlns="http://www.w3.org/2000/svg"><text>x</text></svg>'

describe('diagramStore', () => {
  it('gives back what was put under the same key, and nothing for another key', async () => {
    const store = diagramStore(tempDir(), { mermaid: '11' })
    expect(await store.put(key(1), SVG)).toBe(true)
    expect(await store.get(key(1))).toBe(SVG)
    expect(await store.get(key(2))).toBeUndefined()
  })

  it('refuses keys that are not hashes and bodies that are not SVG', async () => {
    const store = diagramStore(tempDir(), { mermaid: '11' })
    expect(await store.put('../../etc/passwd', SVG)).toBe(false)
    expect(await store.put(key(0xabcdef).toUpperCase(), SVG)).toBe(false)
    expect(await store.put(key(1), '<html><script>alert(1)</script></html>')).toBe(false)
    expect(await store.get('../x')).toBeUndefined()
  })

  it('drops the drawings of other Mermaid or font versions', async () => {
    const dir = tempDir()
    await diagramStore(dir, { mermaid: '10' }).put(key(1), SVG)
    const store = diagramStore(dir, { mermaid: '11' })
    expect(await store.get(key(1))).toBeUndefined()
    await store.put(key(2), SVG)
    expect(readdirSync(dir)).toEqual([path.basename(store.dir)])
  })

  it(`keeps at most ${MAX_ENTRIES} drawings, the most recently used`, async () => {
    const store = diagramStore(tempDir(), { mermaid: '11' })
    for (let n = 0; n < MAX_ENTRIES + 5; n++) await store.put(key(n), SVG)
    expect(readdirSync(store.dir)).toHaveLength(MAX_ENTRIES)
  })
})
