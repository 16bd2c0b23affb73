import { PROVIDER_IDS } from "@idp-sessions/normalize";
import { describe, expect, it } from "vitest";
import { COLUMNS } from "../src/table/columns.js";
import { PROVIDER_GAPS, whyEmpty } from "../src/table/gaps.js";
import { mockSessions } from "./helpers/mock-sessions.js";

// The notes under the table must say what the mappers do: a column is "not recorded" by a provider exactly
// when its mapper leaves it empty for every session of the (spec-faithful) mock servers.
const sessions = await mockSessions(30);

describe("what each provider does not record", () => {
  it("covers every provider normalize knows", () => {
    expect(Object.keys(PROVIDER_GAPS).sort()).toEqual([...PROVIDER_IDS].sort());
  });

  it.each(PROVIDER_IDS)("%s: 'never' columns are always empty, every other column is filled somewhere", (provider) => {
    const own = sessions.filter((s) => s.provider === provider);
    expect(own.length).toBeGreaterThan(0);
    for (const column of COLUMNS) {
      const filled = own.filter((s) => column.raw(s) !== "").length;
      const never = PROVIDER_GAPS[provider]?.never.includes(column.key) ?? false;
      expect({ column: column.key, filled: filled > 0 }).toEqual({ column: column.key, filled: !never });
    }
  });

  it("words the notes from the table, one per reason", () => {
    expect(
      whyEmpty([
        { provider: "huawei-identitycenter", key: "methods" },
        { provider: "huawei-identitycenter", key: "ip" },
        { provider: "huawei-identitycenter", key: "user agent" },
        { provider: "ory-kratos", key: "ip" },
      ]),
    ).toEqual([
      "huawei-identitycenter does not record sign-in methods",
      "huawei-identitycenter sends some sessions without an IP address or user agent",
      "ory-kratos sent no IP addresses for some sessions",
    ]);
  });
});
