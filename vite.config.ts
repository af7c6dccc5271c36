import { realpathSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig, searchForWorkspaceRoot } from 'vite'
import { outlineStatus } from './scripts/lib/dev/outline-status.ts'
import { devServerRecord } from './scripts/lib/dev/server-plugin.ts'
import { diagramCache } from './scripts/lib/diagrams/plugin.ts'
import { rehearsals } from './scripts/lib/rehearsal/plugin.ts'
import { plainTitles } from './scripts/lib/slidev/plain-titles.ts'
import { sameOriginWrites } from './scripts/lib/slidev/same-origin.ts'
import { theme } from './scripts/lib/theme.ts'

const root = fileURLToPath(new URL('.', import.meta.url))
const require = createRequire(import.meta.url)

/** Where a folder really is: node_modules, or a package in it, may be a symlink to elsewhere. */
const realDir = (dir: () => string) => {
  try {
    return realpathSync(dir())
  } catch {
    return undefined
  }
}

// Vite serves files only from its allowed folders, and follows symlinks to their real paths
// first: a node_modules that is a symlink (a shared install, a container volume) would leave the
// deck's fonts outside, and every slide in a fallback font. So the real folders of node_modules
// and of the packages the deck's styles load are allowed too, beside Slidev's own (Vite merges
// these lists) and the workspace root.
const allow = [
  searchForWorkspaceRoot(root),
  realDir(() => path.join(root, 'node_modules')),
  ...theme.font.faces.map(face => realDir(() => path.dirname(require.resolve(`${face.package}/package.json`)))),
].filter((dir): dir is string => dir !== undefined)

// Slidev merges the vite.config.ts of every addon root. Decks reach this folder as an addon
// (see their headmatter), so this is how they all share the project's public/ folder and its
// cache of drawn diagrams.
export default defineConfig({
  publicDir: fileURLToPath(new URL('./public', import.meta.url)),
  plugins: [sameOriginWrites(), diagramCache(root), plainTitles(), outlineStatus(), rehearsals(), devServerRecord()],
  server: { fs: { allow } },
})
