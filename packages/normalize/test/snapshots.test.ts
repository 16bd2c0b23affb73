import { loadSpec, PROVIDERS, type ProviderId } from "@idp-sessions/specs/validator";
import { describe, expect, it } from "vitest";
import { normalizeSession, type RawSessions } from "../src/index.js";

const now = new Date("2024-01-01T00:00:00Z");

/** The sessions in each spec's documentation example (the 200 body's `documentation` example). */
function documentationSessions(provider: ProviderId): unknown[] {
  const doc = loadSpec(provider);
  const paths = doc.paths as Record<
    string,
    Record<
      string,
      { responses: Record<string, { content: Record<string, { examples: Record<string, { value: unknown }> }> }> }
    >
  >;
  const op = Object.values(Object.values(paths)[0] ?? {})[0];
  const value = op?.responses["200"]?.content["application/json"]?.examples.documentation?.value as
    | Record<string, unknown>
    | unknown[];
  if (Array.isArray(value)) return value;
  return (value.session_list ?? value.sessions ?? []) as unknown[];
}

describe.each(PROVIDERS)("%s documentation example, normalized", (provider) => {
  it("matches its file snapshot", async () => {
    const sessions = documentationSessions(provider);
    expect(sessions.length).toBeGreaterThan(0);
    const normalized = sessions.map((raw) => normalizeSession(provider, raw as RawSessions[typeof provider], { now }));
    await expect(`${JSON.stringify(normalized, null, 2)}\n`).toMatchFileSnapshot(
      `__snapshots__/${provider}.documentation.json`,
    );
  });
});
