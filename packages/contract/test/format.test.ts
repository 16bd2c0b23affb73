import { describe, expect, it } from "vitest";
import { formatReports, type ProviderReport } from "../src/index.js";

describe("formatReports names the operation of every violation and the operations a run sent", () => {
  it("prints them under the provider's line", () => {
    const report: ProviderReport = {
      provider: "auth0",
      status: "failed",
      requests: 2,
      sessions: 1,
      operations: ["getUserSessions", "getSession"],
      violations: [
        {
          in: "body",
          pointer: "/id",
          message: "must be string",
          expected: "string",
          actual: "5",
          exchange: 1,
          side: "response",
          operation: "getSession",
        },
        {
          in: "path",
          pointer: "",
          message: "no operation matches",
          expected: "…",
          actual: '"PUT /x"',
          exchange: 2,
          side: "request",
        },
      ],
      drift: [],
    };
    expect(formatReports([report]).split("\n").slice(1)).toEqual([
      "auth0                  failed   2         1         2           0",
      "  operations: getUserSessions, getSession",
      "  violation: response #1 getSession body /id: must be string (expected string, got 5)",
      '  violation: request #2 (no operation) path /: no operation matches (expected …, got "PUT /x")',
    ]);
  });
});
