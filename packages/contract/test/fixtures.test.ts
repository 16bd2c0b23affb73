import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CONTRACT_PROVIDERS, findDrift, type OperationId, SPECS, validateResponse } from "../src/index.js";
import { listingOperation, operationsOf } from "../src/operation.js";
import { exampleFixtures } from "./example-fixtures.js";

const root = new URL("../../../specs/fixtures/", import.meta.url);

/** A fixture of specs/fixtures; one without `operation` is a response of the listing. */
interface Fixture {
  description: string;
  operation?: OperationId;
  status: number;
  headers: Record<string, string>;
  body: unknown;
  drift?: string[];
}

describe.each(CONTRACT_PROVIDERS)("%s fixtures", (provider) => {
  const dir = new URL(`${provider}/`, root);
  const listing = listingOperation(SPECS[provider]).id as OperationId;
  const files = readdirSync(dir).filter((f) => f.endsWith(".json"));
  const recorded = files.map((file) => {
    const fixture = JSON.parse(readFileSync(new URL(file, dir), "utf8")) as Fixture;
    return { file, fixture: { ...fixture, operation: fixture.operation ?? listing } };
  });
  // The other operations' fixtures are their spec examples (and a bodiless answer where there is no body).
  const examples = exampleFixtures(provider).map((f) => ({ ...f, operation: f.operation as OperationId }));

  it("has a fixture for every status of every operation", () => {
    const covered = new Set([...recorded.map((r) => r.fixture), ...examples].map((f) => `${f.operation} ${f.status}`));
    const documented = operationsOf(SPECS[provider]).flatMap((op) =>
      Object.keys(op.operation.responses).map((status) => `${op.id} ${status}`),
    );
    expect(documented.filter((key) => !covered.has(key))).toEqual([]);
  });

  it.each(recorded)("$file validates against its operation, with exactly the drift it declares", ({ fixture }) => {
    const operation = fixture.operation;
    expect(validateResponse(provider, fixture, { operation })).toEqual([]);
    expect(findDrift(provider, fixture, { operation }).map((d) => d.path)).toEqual(fixture.drift ?? []);
  });

  it.each(examples.map((f) => [f.description, f] as const))("%s validates, without drift", (_name, fixture) => {
    const operation = fixture.operation;
    expect(validateResponse(provider, fixture, { operation })).toEqual([]);
    expect(findDrift(provider, fixture, { operation })).toEqual([]);
  });
});
