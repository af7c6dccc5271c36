import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

// Slidev merges the vite.config.ts of every addon root. Decks reach this folder as an addon
// (see their headmatter), so this is how they all share the project's public/ folder.
export default defineConfig({
  publicDir: fileURLToPath(new URL('./public', import.meta.url)),
})
