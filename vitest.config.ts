import { defineConfig } from "vitest/config";

// Root config: `pnpm vitest` here runs every package's tests as one project each. CI runs them through
// turbo instead (`pnpm test`), package by package, so unchanged packages are served from the cache.
export default defineConfig({
  test: {
    projects: ["packages/*", "specs"],
  },
});
