import path from 'node:path'
import type { Problem } from '../errors.ts'
import { kinds as shipped } from '../kinds/index.ts'
import { byName, type KindModule } from '../kinds/types.ts'
import type { Locate } from './places.ts'
import type { Outline } from './schema.ts'

/** Files slides show must be under public/. `exists` is passed in so this stays testable without a disk. */
export function checkAssets(
  outline: Outline,
  locate: Locate,
  publicDir: string,
  exists: (file: string) => boolean,
  kinds: readonly KindModule[] = shipped,
): Problem[] {
  const modules = byName(kinds)
  const problems: Problem[] = []
  outline.sections.forEach((section, s) => {
    section.slides.forEach((slide, i) => {
      for (const asset of modules.get(slide.kind)?.assets?.(slide) ?? []) {
        const problem = checkAsset(asset.src, publicDir, exists)
        if (problem) problems.push({ ...problem, place: locate(['sections', s, 'slides', i, asset.field]) })
      }
    })
  })
  return problems
}

function checkAsset(src: string, publicDir: string, exists: (file: string) => boolean): Problem | undefined {
  const file = path.resolve(publicDir, src.replace(/^\/+/, ''))
  const relative = path.relative(publicDir, file)
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    return {
      code: 'E_ASSET_OUTSIDE',
      message: `image "${src}" is outside public/`,
      hint: 'copy the image into public/ and give its path relative to public/, e.g. "images/rlhf.png"',
    }
  }
  if (exists(file)) return undefined
  return {
    code: 'E_ASSET_MISSING',
    message: `image "${src}" does not exist (looked for ${path.relative(process.cwd(), file) || file})`,
    hint: 'put the file under public/ or correct the path (it is relative to public/)',
  }
}
