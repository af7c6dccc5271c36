/// <reference types="vite/client" />
import { defineMermaidRendererSetup } from '@slidev/types'
// @ts-expect-error Mermaid's ESM build has no types of its own; Slidev imports the same file.
import mermaid from 'mermaid/dist/mermaid.esm.mjs'
// The configuration Slidev itself renders with (setup/mermaid.ts and any theme's).
import setupMermaid from '@slidev/client/setup/mermaid.ts'
import { DIAGRAMS_URL } from '../scripts/lib/contract.ts'

// Slidev's Mermaid rendering, with a cache: each drawing is kept on disk by the dev server
// (scripts/lib/diagrams/), named by the hash of its code and the whole configuration, so a
// diagram that did not change is not drawn again (export, check and dev all share it). In a
// static build there is no server to ask: Slidev's own renderer runs instead.
export default defineMermaidRendererSetup(() => {
  if (!import.meta.env.DEV || !globalThis.crypto?.subtle) return
  return async (code: string, options: Record<string, unknown>) => {
    const defined = (o: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined))
    const config = {
      startOnLoad: false,
      ...defined(((await setupMermaid()) ?? {}) as Record<string, unknown>),
      ...defined(options),
    }
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify([code, config])))
    const url = `${DIAGRAMS_URL}${Array.from(new Uint8Array(digest), b => b.toString(16).padStart(2, '0')).join('')}.svg`
    const cached = await fetch(url).then(
      r => (r.ok ? r.text() : undefined),
      () => undefined,
    )
    if (cached) return cached
    mermaid.initialize(config)
    const id = `mermaid-${Math.random().toString(36).slice(2, 10)}`
    const { svg } = await mermaid.render(id, code, document.getElementById('mermaid-rendering-container') ?? undefined)
    await fetch(url, { method: 'PUT', body: svg }).catch(() => {})
    return svg
  }
})
