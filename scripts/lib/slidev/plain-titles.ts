// Slidev keeps a slide's title as the Markdown source of its heading (`Q&amp;A`), and its
// overview page, its go-to search and talkdeck's check and PDF bookmarks show that title as
// text. This plugin hands the page the text the heading reads as (`Q&A`), so every place that
// shows a title as text shows what the outline says. Slidev's title renderer (the go-to
// dialog's list) is untouched: it still renders the Markdown.
import type { Plugin } from 'vite'
import { plainText } from '../emit/plain.ts'

// Slidev 52 loads a slide's meta as `<deck>/slides.md__slidev_<n>.frontmatter`.
const SLIDE_META = /__slidev_\d+\.frontmatter$/
// The line of Slidev's generated module that spreads the slide's parsed info into meta.slide.
const SLIDE_BASE = /^(\s*\.\.\.\()(\{.*\})(\),)$/m

/** The module's code with the title in meta.slide as plain text, or undefined to leave it. */
export function withPlainTitle(code: string): string | undefined {
  const base = SLIDE_BASE.exec(code)
  if (!base) return undefined
  const info = JSON.parse(base[2]!) as { title?: unknown }
  if (typeof info.title !== 'string') return undefined
  const plain = plainText(info.title)
  if (plain === info.title) return undefined
  const line = `${base[1]}${JSON.stringify({ ...info, title: plain })}${base[3]}`
  return code.slice(0, base.index) + line + code.slice(base.index + base[0].length)
}

export function plainTitles(): Plugin {
  return {
    name: 'talkdeck:plain-titles',
    transform(code, id) {
      if (!SLIDE_META.test(id.split('?')[0]!)) return undefined
      const changed = withPlainTitle(code)
      return changed === undefined ? undefined : { code: changed, map: null }
    },
  }
}
