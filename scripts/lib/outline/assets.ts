import path from 'node:path'
import type { Problem } from '../errors.ts'
import type { Locate } from './parse.ts'
import type { Outline } from './schema.ts'

/** Images must be files under public/. `exists` is passed in so this stays testable without a disk. */
export function checkAssets(outline: Outline, locate: Locate, publicDir: string, exists: (file: string) => boolean): Problem[] {
  const problems: Problem[] = []
  outline.sections.forEach((section, s) => {
    section.slides.forEach((slide, i) => {
      if (slide.kind !== 'image') return
      const place = locate(['sections', s, 'slides', i, 'src'])
      const file = path.resolve(publicDir, slide.src.replace(/^\/+/, ''))
      if (path.relative(publicDir, file).startsWith('..') || path.isAbsolute(path.relative(publicDir, file))) {
        problems.push({
          code: 'E_ASSET_OUTSIDE',
          message: `image "${slide.src}" is outside public/`,
          place,
          hint: 'copy the image into public/ and give its path relative to public/, e.g. "images/rlhf.png"',
        })
      } else if (!exists(file)) {
        problems.push({
          code: 'E_ASSET_MISSING',
          message: `image "${slide.src}" does not exist (looked for ${path.relative(process.cwd(), file) || file})`,
          place,
          hint: 'put the file under public/ or correct the path (it is relative to public/)',
        })
      }
    })
  })
  return problems
}
