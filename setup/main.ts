/// <reference types="vite/client" />
import { defineAppSetup } from '@slidev/types'
import { STATUS_EVENT, STATUS_URL, type OutlineStatus } from '../scripts/lib/contract.ts'
import { keepWordsWhole } from './word-breaks.ts'

// Lines break between words only (./word-breaks.ts). While `talkdeck dev` runs, a save that breaks the outline shows its located error over the
// deck, in every open view, until a save fixes it (scripts/lib/dev/outline-status.ts sends it).

export default defineAppSetup(() => {
  if (typeof document !== 'undefined') keepWordsWhole()
  if (!import.meta.hot || typeof document === 'undefined') return
  // Not in the print view: an export rendered through the dev server prints what the outline built.
  if (new URLSearchParams(location.search).has('print')) return
  import.meta.hot.on(STATUS_EVENT, (data: OutlineStatus) => show(data.error))
  // What was sent before this page listened: on load, and whenever the connection comes back.
  const ask = () =>
    fetch(STATUS_URL)
      .then(r => (r.ok ? (r.json() as Promise<OutlineStatus>) : { error: '' }))
      .then(
        data => show(data.error),
        () => {},
      )
  import.meta.hot.on('vite:ws:connect', ask)
  ask()
  // And every few seconds, in case a message is lost on the way (a loaded machine, a dropped
  // connection): a broken outline never goes unshown for long.
  setInterval(ask, 3000)
})

function show(error: string) {
  let banner = document.getElementById('talkdeck-outline-error')
  if (!error) return banner?.remove()
  if (!banner) {
    banner = document.createElement('div')
    banner.id = 'talkdeck-outline-error'
    banner.className = 'td-outline-error'
    banner.setAttribute('role', 'alert')
    const heading = document.createElement('strong')
    heading.textContent =
      'The outline has an error, so the deck shown is the last one that built. Fix the outline and save.'
    banner.append(heading, document.createElement('pre'))
    document.body.append(banner)
  }
  // Plain text: the message quotes the outline, which must not be read as HTML.
  banner.querySelector('pre')!.textContent = error
}
