import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    typecheck: { enabled: true, tsconfig: './tsconfig.json', include: ['tests/**/*.test.ts'] },
  },
});
