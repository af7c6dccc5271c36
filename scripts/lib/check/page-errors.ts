// Page-side: catch the errors the deck raises, with the slide each belongs to. Installed as an
// init script (Playwright serializes it), so it runs in every new document before the deck's
// own code, and a reload starts it afresh.

export interface PageError {
  /** The slide it belongs to; null when no one slide can be named. */
  no: number | null
  message: string
}

export interface CaughtErrors {
  errors: PageError[]
}

/** Where the init script keeps what it caught. */
export const ERRORS_GLOBAL = '__talkdeckCheck'

/**
 * A component's error goes to its own slide: the app is reached when Vue stores it on its root
 * element (`__vue_app__`), before any slide mounts, and its errorHandler sees which component
 * threw. Uncaught errors, rejections and console.error belong to the deck: the print view shows
 * every slide at once, so no one slide can be named.
 */
export function catchPageErrors(globalName: string): void {
  type Internal = {
    parent: Internal | null
    props?: { route?: { no?: unknown } }
    type?: { __name?: string; name?: string }
  }
  type App = { config: { errorHandler?: (error: unknown, instance: { $: Internal } | null, info: string) => void } }
  const state: CaughtErrors = { errors: [] }
  ;(window as unknown as Record<string, unknown>)[globalName] = state
  const text = (value: unknown): string => {
    if (value instanceof Error) return `${value.name}: ${value.message}`
    if (typeof value !== 'object' || value === null) return String(value)
    try {
      return JSON.stringify(value)
    } catch {
      return String(value)
    }
  }
  const note = (no: number | null, message: string) => {
    if (!state.errors.some(e => e.no === no && e.message === message)) state.errors.push({ no, message })
  }

  const hook = (app: App) => {
    const before = app.config.errorHandler
    app.config.errorHandler = (error, instance, info) => {
      let no: number | null = null
      for (let i: Internal | null = instance?.$ ?? null; i && no === null; i = i.parent) {
        const route = i.props?.route
        if (route && typeof route.no === 'number') no = route.no
      }
      const type = instance?.$.type
      const name = type?.__name ?? type?.name
      note(no, `${text(error)} (${name ? `in ${name}, ` : ''}${info})`)
      before?.(error, instance, info)
    }
  }
  Object.defineProperty(Element.prototype, '__vue_app__', {
    configurable: true,
    get: () => undefined,
    set(this: Element, app: App) {
      Object.defineProperty(this, '__vue_app__', { value: app, writable: true, configurable: true })
      hook(app)
    },
  })

  window.addEventListener('error', event => note(null, text(event.error ?? event.message)))
  window.addEventListener('unhandledrejection', event => note(null, text(event.reason)))
  const original = console.error.bind(console)
  console.error = (...args: unknown[]) => {
    note(null, args.map(text).join(' '))
    original(...args)
  }
}
