// The contract between Node and the page: what the deck's page exposes (setup/root.ts), the
// URLs of talkdeck's dev-server endpoints, and the events it sends. Node (check, export, dev) and
// the browser side (setup/) both import this file, so the two cannot disagree. It imports nothing,
// like theme.ts. Code that Playwright runs in the page cannot import: it takes `PAGE_GLOBAL` as an
// argument and reads `window[global]`.

/** The global the print view sets (`?print` in the URL) for the check and the exporters. */
export const PAGE_GLOBAL = '__talkdeck__' as const

/** A slide as Slidev's navigation knows it. */
export interface PageSlide {
  no: number
  meta: { slide: { title?: string; level?: number; note?: string; frontmatter: Record<string, unknown> } }
}

/** What `window[PAGE_GLOBAL]` holds: Slidev's navigation and its configuration, reactive. */
export interface PageDeck {
  nav: {
    total: number
    currentSlideNo: number
    /** Slidev's print view shows each click step as a page of its own while this is on. */
    isPrintWithClicks: boolean
    go: (no: number, clicks?: number) => Promise<void>
    slides: PageSlide[]
  }
  configs: { canvasWidth?: number; aspectRatio?: number; colorSchema?: string }
}

/** The page's window, as Node's page functions read it. */
export type PageWindow = { [PAGE_GLOBAL]: PageDeck }

/** Slidev's print view, every slide mounted with all its clicks revealed (relative to the deck's URL). */
export const PRINT_PATH = '/print?print=true'

/** The dev server answers GET (a drawing made before) and PUT (a new one) at `<this><sha-256>.svg`. */
export const DIAGRAMS_URL = '/@talkdeck/diagrams/'

/** The dev server's word on the outline: GET gives `OutlineStatus`. */
export const STATUS_URL = '/@talkdeck/outline-status'
/** The event the dev server sends every page when the outline breaks or builds again. */
export const STATUS_EVENT = 'talkdeck:outline-status'
/** The outline's located error, or '' once it builds. */
export interface OutlineStatus {
  error: string
}
