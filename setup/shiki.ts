import { defineShikiSetup } from '@slidev/types'

// Code blocks are highlighted by Slidev's Shiki in GitHub's high-contrast themes: every colour of
// the light one reads at 4.7:1 or more on the light theme's code background, the dark one's on the
// dark theme's (--td-code-background, styles/talkdeck-code.css; Slidev picks by colorSchema),
// which the check's contrast rule asks of text under 24 px.
export default defineShikiSetup(() => ({
  themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
}))
