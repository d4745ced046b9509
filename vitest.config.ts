import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    // Generous limits: these machines are shared, and a loaded one can take seconds for what a
    // quiet one does at once. A broken test still fails; it only fails later.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'tests/main/**/*.test.{ts,tsx}',
            'tests/shared/**/*.test.{ts,tsx}',
            'tests/build/**/*.test.ts',
            'tests/e2e/harness/**/*.test.ts',
            'tests/samples/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/renderer/setup.ts'],
        },
      },
    ],
  },
});
