import { describe, expect, it } from 'vitest'
import { TalkdeckError } from '../scripts/lib/errors.ts'
import { CHROMIUM_ENV, findChromium } from '../scripts/lib/slidev/chromium.ts'

const on =
  (...files: string[]) =>
  (file: string) =>
    files.includes(file)

describe('findChromium', () => {
  it('prefers the explicit path', () => {
    const found = findChromium({
      explicit: '/opt/chrome',
      env: { [CHROMIUM_ENV]: '/env/chrome' },
      exists: on('/opt/chrome', '/env/chrome'),
    })
    expect(found).toBe('/opt/chrome')
  })
  it('then the environment variable', () => {
    const found = findChromium({
      env: { [CHROMIUM_ENV]: '/env/chrome', PATH: '/usr/bin' },
      playwright: '/pw/chrome',
      exists: on('/env/chrome', '/pw/chrome'),
    })
    expect(found).toBe('/env/chrome')
  })
  it("then Playwright's own browser", () => {
    const found = findChromium({
      env: { PATH: '/usr/bin' },
      playwright: '/pw/chrome',
      exists: on('/pw/chrome', '/usr/bin/chromium'),
    })
    expect(found).toBe('/pw/chrome')
  })
  it('then a system browser on PATH', () => {
    const found = findChromium({
      env: { PATH: '/usr/local/bin:/usr/bin' },
      playwright: '/pw/missing',
      exists: on('/usr/bin/google-chrome'),
    })
    expect(found).toBe('/usr/bin/google-chrome')
  })
  it('says how to install one when there is none', () => {
    let error: unknown
    try {
      findChromium({ env: { PATH: '/usr/bin' }, exists: on() })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(TalkdeckError)
    expect((error as TalkdeckError).code).toBe('E_NO_CHROMIUM')
    expect((error as TalkdeckError).message).toMatch(/npx playwright install chromium/)
  })
  it('refuses an explicit path that does not exist', () => {
    expect(() => findChromium({ explicit: '/nope', env: {}, exists: on() })).toThrow(
      /--executable-path \/nope does not exist/,
    )
  })
})
