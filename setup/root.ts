import { configs, useNav } from '@slidev/client'
import { defineRootSetup } from '@slidev/types'
import { reactive } from 'vue'

// What talkdeck's check and export read off the print view: the slides (titles, frontmatter,
// notes) and the canvas. Slidev exposes its own `window.__slidev__` only on its dev server.
export default defineRootSetup(() => {
  if (!new URLSearchParams(location.search).has('print')) return
  ;(window as unknown as { __talkdeck__: unknown }).__talkdeck__ = reactive({ nav: useNav(), configs })
})
