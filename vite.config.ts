import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { diagramCache } from './scripts/lib/diagrams/plugin.ts'

const root = fileURLToPath(new URL('.', import.meta.url))

// Slidev merges the vite.config.ts of every addon root. Decks reach this folder as an addon
// (see their headmatter), so this is how they all share the project's public/ folder and its
// cache of drawn diagrams.
export default defineConfig({
  publicDir: fileURLToPath(new URL('./public', import.meta.url)),
  plugins: [diagramCache(root)],
})
