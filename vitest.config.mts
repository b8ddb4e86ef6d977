import { defineConfig } from 'vitest/config';

// One project per test layer (style.md §7); `npm test` runs them all, each has its own script.
const layer = (name: string, extra: Record<string, unknown> = {}) => ({
  test: {
    name,
    include: [`tests/${name}/**/*.test.ts`],
    setupFiles: ['tests/helpers/setup.ts'],
    ...extra,
  },
});

export default defineConfig({
  test: {
    // Handlers log to stdout through Powertools; tests assert on behaviour, not log lines.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', LOG_LEVEL: 'SILENT' },
    projects: [
      layer('unit'),
      layer('infra', { testTimeout: 120_000, hookTimeout: 300_000 }),
      layer('workflow', { testTimeout: 60_000, hookTimeout: 300_000 }),
      layer('e2e', { testTimeout: 180_000, hookTimeout: 300_000, fileParallelism: false }),
      layer('browser', { testTimeout: 180_000, hookTimeout: 300_000, fileParallelism: false }),
    ],
  },
});
