import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // End-to-end tests start Slidev and Chromium; on two cores they run one file at a time.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 240_000,
    // Each test deck would otherwise leave its Slidev server running; the kept server has its own test.
    env: { TALKDECK_KEEP_SERVER: '0' },
  },
})
