import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "signout",
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"] },
  },
});
