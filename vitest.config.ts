import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The rings of HOUSE-STYLE.md. `npm run test:pg` runs the `api` ring again with DATABASE_URL set.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          environment: 'node',
          include: ['src/domain/**/*.test.ts', 'src/db/data-dir-lock.test.ts', 'src/server/config.test.ts', 'tests/lint/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'api',
          sequence: { groupOrder: 2 },
          environment: 'node',
          include: ['src/server/**/*.test.ts', 'src/db/**/*.test.ts', 'src/cli/**/*.test.ts'],
          exclude: ['src/db/data-dir-lock.test.ts', 'src/server/config.test.ts'],
          globalSetup: ['tests/setup/golden-database.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'web',
          sequence: { groupOrder: 1 },
          environment: 'happy-dom',
          include: ['src/web/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup/web-setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          sequence: { groupOrder: 3 },
          environment: 'node',
          include: ['tests/e2e/**/*.spec.ts'],
          testTimeout: 60_000,
          hookTimeout: 90_000,
          // Each spec starts real servers on PGlite; two at once is what 2 cores carry.
          maxWorkers: 2,
        },
      },
    ],
  },
});
