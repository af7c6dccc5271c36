// One error type for everything talkdeck reports to a person: a stable code,
// a place (file:line:col) when there is one, and a hint that says how to fix it.

export interface Place {
  file: string
  line: number
  col: number
}

/**
 * Every error code talkdeck reports, what it means and the exit status it ends a run with: a
 * usage mistake exits 2, anything else 1. README.md lists the same table (a test keeps them equal).
 */
export const ERROR_CODES = {
  E_USAGE: { exit: 2, meaning: 'a command line talkdeck does not take: an unknown option, a bad value' },
  E_DECK_NAME: { exit: 2, meaning: 'the deck name is not one folder under `slides/`' },
  E_NO_OUTLINE: { exit: 1, meaning: 'the deck has no `outline.md` or `outline.yaml`' },
  E_TWO_OUTLINES: { exit: 1, meaning: 'the deck has both an `outline.md` and an `outline.yaml`' },
  E_NO_SLIDES: { exit: 1, meaning: 'the deck has no `slides.md` (run `build` first)' },
  E_TOO_LARGE: { exit: 1, meaning: 'the outline is too large to read' },
  E_ENCODING: { exit: 1, meaning: 'the outline is not UTF-8' },
  E_CONTROL_CHAR: { exit: 1, meaning: 'a control character in the outline' },
  E_EMPTY: { exit: 1, meaning: 'the outline is empty' },
  E_YAML: { exit: 1, meaning: 'the outline (or a YAML block in it) is not valid YAML' },
  E_MISSING: { exit: 1, meaning: 'a required field is missing' },
  E_TYPE: { exit: 1, meaning: 'a field has the wrong type' },
  E_INVALID: { exit: 1, meaning: 'a field has a value the schema refuses' },
  E_UNKNOWN_KEY: { exit: 1, meaning: 'a key the outline does not have' },
  E_SLIDE_KIND: { exit: 1, meaning: 'an unknown slide kind' },
  E_EMPTY_SECTION: { exit: 1, meaning: 'a section with no slides' },
  E_DUPLICATE_ID: { exit: 1, meaning: 'two slides (or two stages of a pipeline) share an id' },
  E_UNKNOWN_STAGE: { exit: 1, meaning: 'a pipeline edge names no stage' },
  E_STEPS_WITHOUT_REVEAL: { exit: 1, meaning: 'a pipeline gives `steps` without `reveal`' },
  E_TIMELINE_ORDER: { exit: 1, meaning: "a timeline's events are not in date order" },
  E_TIMELINE_DATE: { exit: 1, meaning: "a timeline period's date (or, with periods, an event's date) cannot be read" },
  E_TABLE_SHAPE: { exit: 1, meaning: 'a table row has more or fewer cells than the table has columns' },
  E_MD_SHAPE: { exit: 1, meaning: 'Markdown that is no part of any slide kind' },
  E_MD_KIND: { exit: 1, meaning: 'a Markdown slide names two kinds, or none' },
  E_MD_TWICE: { exit: 1, meaning: 'a Markdown slide gives a field twice' },
  E_MD_NOTES: { exit: 1, meaning: 'a second, or unclosed, `::: notes` block' },
  E_MD_YAML: { exit: 1, meaning: 'a fenced YAML block that does not hold fields' },
  E_MD_ATTRIBUTES: { exit: 1, meaning: "a heading's `{…}` that does not read as attributes" },
  E_ASSET_MISSING: { exit: 1, meaning: 'an image the outline names does not exist' },
  E_ASSET_OUTSIDE: { exit: 1, meaning: 'an image outside `public/`' },
  E_RESTORE: { exit: 1, meaning: '`build --restore` names a slide that was not deleted' },
  E_EXISTS: { exit: 1, meaning: '`convert` would replace a file (pass `--force`)' },
  E_CONVERT: { exit: 1, meaning: 'a slide has no Markdown form that reads back the same (a bug)' },
  E_NO_CHROMIUM: { exit: 1, meaning: 'no Chromium to render with' },
  E_CHECK_BROWSER: { exit: 1, meaning: 'the browser did not start' },
  E_BROWSER_TIMEOUT: { exit: 1, meaning: 'the browser did not answer in time' },
  E_SLIDEV_SERVER: { exit: 1, meaning: "Slidev's server did not start or stopped" },
  E_SERVER_LOCK: { exit: 1, meaning: 'another check or export of the deck holds its server' },
  E_CHECK_RELOAD: { exit: 1, meaning: 'the deck kept reloading while it was checked' },
  E_CHECK: { exit: 1, meaning: 'the check found problems, so nothing was exported (`--force` exports anyway)' },
  E_EXPORT_PAGES: { exit: 1, meaning: 'the PDF came out with the wrong number of pages' },
  E_EXPORT_CLICKS: { exit: 1, meaning: 'click steps did not finish drawing (`--with-clicks`)' },
  E_PPTX: { exit: 1, meaning: 'the PPTX could not be matched with the rendered slides' },
  E_OUTPUT: { exit: 1, meaning: 'the output cannot be written where asked' },
  E_WEB_BUILD: { exit: 1, meaning: '`slidev build` failed (`web`)' },
  E_READ: { exit: 1, meaning: 'a file talkdeck must read (the outline, slides.md) cannot be read: nothing is written' },
  E_WRITE: {
    exit: 1,
    meaning: 'a file cannot be written (a read-only folder, a full disk): what was there is as it was',
  },
  E_SLIDES_CHANGING: {
    exit: 1,
    meaning:
      'slides.md changed again each time the build merged it (another program keeps saving it): it is left as it is',
  },
  E_MD_SETEXT: { exit: 1, meaning: 'an underlined (setext) heading in outline.md: write it as `## Title`' },
  E_FORCE: {
    exit: 2,
    meaning: '`--force` names no slide while there are hand edits it would throw away: name the slides or `--all`',
  },
  E_ACCEPT: {
    exit: 2,
    meaning: '`--accept` names a slide that is not in slides.md or does not differ from the outline',
  },
  E_REHEARSAL: { exit: 1, meaning: 'a file in `rehearsals/` that is not a rehearsal talkdeck recorded' },
  E_NOT_TRANSLATION: { exit: 2, meaning: '`sync` of a deck whose outline names no `translation-of`' },
  E_SYNC_ID: { exit: 2, meaning: '`sync --accept` names a slide the translation and its source do not share' },
  E_TRANSLATION_OF: { exit: 1, meaning: '`translation-of` names no deck, or the deck itself' },
  E_TRANSLATION_SOURCE: { exit: 1, meaning: 'the source deck of a translation cannot be read' },
  E_SYNC_RECORD: { exit: 1, meaning: '`translation.yaml` beside the outline is not a record `sync` wrote' },
  E_BIBLIOGRAPHY: { exit: 1, meaning: 'the bibliography the outline names is missing or does not parse' },
  E_NOTHING_CITED: {
    exit: 1,
    meaning: 'a references slide is to list the works cited, and no slide cites one',
  },
  E_CITATION: { exit: 1, meaning: 'a citation names a key the bibliography does not have' },
  E_CHART_CROWDED: {
    exit: 1,
    meaning: 'a chart has more bars, or longer labels, than fit under its title with every text at 18 px',
  },
  E_ACCENT_CONTRAST: {
    exit: 1,
    meaning: "the deck's `accent` reads under WCAG AA on its theme's background (or its type on it does)",
  },
  E_UNKNOWN: { exit: 1, meaning: 'an error without a code of its own' },
} as const satisfies Record<string, { exit: 1 | 2; meaning: string }>

export type ErrorCode = keyof typeof ERROR_CODES

/** The exit status a run that ends with this error exits with. */
export const exitStatus = (code: ErrorCode): 1 | 2 => ERROR_CODES[code].exit

export interface Problem {
  code: ErrorCode
  message: string
  place?: Place
  hint?: string
}

export class TalkdeckError extends Error {
  readonly problems: Problem[]

  constructor(problems: Problem | Problem[]) {
    const list = Array.isArray(problems) ? problems : [problems]
    super(list.map(formatProblem).join('\n'))
    this.name = 'TalkdeckError'
    this.problems = list
  }

  get code(): ErrorCode {
    return this.problems[0]?.code ?? 'E_UNKNOWN'
  }
}

export function formatPlace(place: Place): string {
  return `${place.file}:${place.line}:${place.col}`
}

export function formatProblem(p: Problem): string {
  const where = p.place ? `${formatPlace(p.place)} ` : ''
  const hint = p.hint ? `\n  fix: ${p.hint}` : ''
  return `${where}error ${p.code}: ${p.message}${hint}`
}
