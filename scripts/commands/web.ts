import { existsSync } from 'node:fs'
import path from 'node:path'
import { buildDeck } from '../lib/build-deck.ts'
import type { DeckPaths } from '../lib/project.ts'
import { buildWeb } from '../lib/web/build.ts'

export interface WebCommandOptions {
  output?: string
  /** Publish the speaker notes and the presenter view. */
  withNotes?: boolean
  /** Show Slidev's own output as it comes. */
  verbose?: boolean
  log: (line: string) => void
}

/** Build the deck, then a static site of it for hosting. Returns the site's folder. */
export async function webDeck(paths: DeckPaths, options: WebCommandOptions): Promise<string> {
  await buildDeck(paths, { log: options.log })
  const output = path.resolve(options.output ?? path.join(paths.root, 'dist', `${paths.name}-web`))
  const pdf = existsSync(paths.pdf) ? paths.pdf : undefined
  const shown = (file: string) => path.relative(process.cwd(), file) || file
  options.log(
    pdf
      ? `offering ${shown(pdf)} for download`
      : `no ${shown(paths.pdf)} to offer for download (\`npm run export\` writes it)`,
  )
  options.log(`building ${shown(paths.slides)} for the web${options.withNotes ? ', with the speaker notes' : ''}…`)
  await buildWeb({
    slides: paths.slides,
    root: paths.root,
    output,
    withNotes: options.withNotes ?? false,
    pdf,
    echo: options.verbose,
    log: options.log,
  })
  return output
}
