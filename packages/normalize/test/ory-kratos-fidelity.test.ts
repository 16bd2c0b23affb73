import { readFileSync } from "node:fs";
import { createOryKratosClient, listSessions, type OryKratosSession } from "@idp-sessions/ory-kratos";
import { compileAt, createSpecAjv, loadSpec } from "@idp-sessions/specs/validator";
import { json, observedFetch } from "@idp-sessions/testing";
import { describe, expect, it } from "vitest";
import { listNormalizedSessions, normalizeOryKratosSession } from "../src/index.js";

/**
 * Issue 14: Kratos' identity `external_id` (and Ory Network's `region`, `upstream_acr`/`upstream_amr`,
 * `break_glass_for_organization`) are typed in the spec; the mapper needs nothing new, but they must reach
 * the normalized session's `raw` untouched.
 */
const fixture = JSON.parse(
  readFileSync(new URL("../../../specs/fixtures/ory-kratos/ory-network-fields.json", import.meta.url), "utf8"),
) as { body: OryKratosSession[] };
const raw = fixture.body[0] as OryKratosSession;
const validSession = compileAt(createSpecAjv("ory-kratos", loadSpec("ory-kratos")), "#/components/schemas/Session");

describe("ory-kratos external_id and Ory Network's fields in the normalized session", () => {
  it("the session is valid by the spec", () => {
    expect(validSession(raw), JSON.stringify(validSession.errors)).toBe(true);
  });

  it("external_id reaches raw, typed (no cast needed)", () => {
    const session = normalizeOryKratosSession(raw, { now: new Date("2024-05-15T00:00:00Z") });
    // A listed session has its identity; one from getSession may not (identity null unless expanded).
    const externalId: string | undefined = session.raw.identity?.external_id;
    expect(externalId).toBe("crm-0042");
    expect(session.raw.identity?.region).toBe("eu-central");
    expect(session.raw.authentication_methods[0]?.upstream_amr).toEqual(["pwd", "mfa"]);
    expect(session.raw).toBe(raw);
  });

  it("the mapped fields are what they were: the userId is the identity id, not the external id", () => {
    const session = normalizeOryKratosSession(raw, { now: new Date("2024-05-15T00:00:00Z") });
    expect(session.userId).toBe("6f1c1f70-0d5a-4d1f-9a0b-2e6f6b1c2d3e");
    expect(session.authMethods).toEqual([
      { method: "federated", rawMethod: "oidc", completedAt: "2024-05-14T09:12:44.123Z", aal: "aal1" },
    ]);
  });

  it("through the client and listNormalizedSessions too", async () => {
    const fetch = observedFetch(() => json(fixture.body));
    const client = createOryKratosClient({ baseUrl: "https://kratos.example", fetch, maxRetries: 0 });
    const [session] = await listNormalizedSessions(
      "ory-kratos",
      listSessions(client, { identityId: raw.identity.id }),
    ).collect();
    expect(session?.raw.identity?.external_id).toBe("crm-0042");
  });
});

describe("a Kratos session from getSession (SessionLookup)", () => {
  it("normalizes with identity null (not expanded): no user id, everything else read", () => {
    const lookup = { ...raw, identity: null };
    const session = normalizeOryKratosSession(lookup, { now: new Date("2024-05-15T00:00:00Z") });
    expect(session.userId).toBeNull();
    expect(session.id).toBe(raw.id);
    expect(session.raw).toBe(lookup);
  });

  it("still refuses an identity that is neither an object nor null", () => {
    expect(() => normalizeOryKratosSession({ ...raw, identity: "x" } as never)).toThrow(/identity/);
  });
});
