// The dark theme's colours: light type on a near-black blue-grey, for a projector in a dark room.
// Not pure black and white (which glare and smear on a projector); every text/background pair
// still reads at WCAG AA or better (tests/themes.test.ts measures them).
import type { light } from './light.ts'

export const dark: typeof light = {
  text: '#e8ebf2',
  muted: '#aeb6c4',
  /** A lighter blue than the light theme's, so it reads on the dark background. */
  accent: '#8fa7ff',
  tint: '#283150',
  grid: '#3d4555',
  background: '#151922',
  /** Code blocks: a step above the background; Shiki's dark high-contrast colours read on it. */
  code: '#1e2330',
  /** Section dividers: a deep accent, not a bright page that glares in a dark room. */
  section: '#26305a',
  onAccent: '#e8ebf2',
  onAccentMuted: '#8fa7ff',
  ahead: '#4ade80',
  behind: '#f87171',
}
