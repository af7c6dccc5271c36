// The light theme's colours (the default): dark type on white, for a lit room and for print.
// Every text/background pair reads at WCAG AA or better (tests/themes.test.ts measures them).
export const light = {
  /** Body text: 15.6:1 on white. */
  text: '#1f2430',
  /** Secondary text (bylines, captions, footers): 7.6:1 on white. */
  muted: '#4a5261',
  /** Titles' rule, links, diagram borders, chart bars: 6.3:1 on white. */
  accent: '#3451c7',
  /** Fill of diagram boxes and table headers: text on it stays above 13:1. */
  tint: '#e8edfc',
  /** Hairlines: table rules, chart grid. */
  grid: '#c9cfdb',
  background: '#ffffff',
  /** Code blocks' background: Shiki's light colours read at 4.7:1 or more on it. */
  code: '#f6f7fa',
  /** Section dividers' fill (the accent), the type on it and its secondary line. */
  section: '#3451c7',
  onAccent: '#ffffff',
  onAccentMuted: '#e6ebff',
  /** The presenter's clock: ahead of the plan, behind it. */
  ahead: '#15803d',
  behind: '#b91c1c',
}
