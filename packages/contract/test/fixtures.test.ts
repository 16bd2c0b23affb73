import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CONTRACT_PROVIDERS, findDrift, SPECS, validateResponse } from "../src/index.js";

const root = new URL("../../../specs/fixtures/", import.meta.url);

interface Fixture {
  description: string;
  status: number;
  headers: Record<string, string>;
  body: unknown;
  drift?: string[];
}

describe.each(CONTRACT_PROVIDERS)("%s fixtures", (provider) => {
  const dir = new URL(`${provider}/`, root);
  const files = readdirSync(dir).filter((f) => f.endsWith(".json"));

  // Fixtures are responses of the listing (validateResponse checks them against it); the other operations'
  // responses are checked by their own tests until fixtures name their operation.
  it("has a fixture for every status the listing documents", () => {
    const statuses = new Set(
      files.map((f) => String((JSON.parse(readFileSync(new URL(f, dir), "utf8")) as Fixture).status)),
    );
    const [listing] = Object.values(SPECS[provider].paths);
    const documented = Object.keys(Object.values(listing ?? {})[0]?.responses ?? {});
    expect(documented.filter((status) => !statuses.has(status))).toEqual([]);
  });

  it.each(files)("%s validates, with exactly the drift it declares", (file) => {
    const fixture = JSON.parse(readFileSync(new URL(file, dir), "utf8")) as Fixture;
    expect(validateResponse(provider, fixture)).toEqual([]);
    expect(findDrift(provider, fixture).map((d) => d.path)).toEqual(fixture.drift ?? []);
  });
});
