import { configs, useNav } from '@slidev/client'
import { defineRootSetup } from '@slidev/types'
import { reactive } from 'vue'
import { PAGE_GLOBAL, type PageWindow } from '../scripts/lib/contract.ts'

// What talkdeck's check and export read off the print view: the slides (titles, frontmatter,
// notes) and the canvas (scripts/lib/contract.ts). Slidev exposes its own global only on its dev server.
export default defineRootSetup(() => {
  if (!new URLSearchParams(location.search).has('print')) return
  ;(window as unknown as Record<string, unknown>)[PAGE_GLOBAL] = reactive({ nav: useNav(), configs }) satisfies Partial<
    PageWindow[typeof PAGE_GLOBAL]
  >
})
