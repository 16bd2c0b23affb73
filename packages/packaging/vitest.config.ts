import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "packaging",
    include: ["test/**/*.test.ts"],
    // Packs and installs the tarballs once for every test file, and removes them after the run.
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 180_000,
    hookTimeout: 300_000,
  },
});
