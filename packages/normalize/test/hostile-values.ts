/** fast-check generators of what a hostile or broken server can put at any position of a session. */
import fc from "fast-check";

/** An object `depth` levels deep, built without recursion. */
export function deeplyNested(depth: number): unknown {
  let value: unknown = "bottom";
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

export const HUGE_STRING = "x".repeat(10 * 1024 * 1024);

const edgeCases = fc.constantFrom<unknown>(
  null,
  [],
  {},
  [null],
  "",
  0,
  -1,
  1.5,
  1e300,
  true,
  HUGE_STRING,
  // Dates the spec refuses: Date.parse reads some of these, and the mappers once turned them into null.
  "2024-02-30T00:00:00Z",
  "2024-01-01",
  "yesterday",
  "2024-01-01T00:00:00",
  // A valid date-time with a megabyte of fraction digits.
  `2024-01-01T00:00:00.${"1".repeat(1 << 20)}Z`,
  // Not base64, not UTF-8 once decoded, and outside Latin-1 (atob throws).
  "%%%",
  btoa("\xff\xfe"),
  "€",
  deeplyNested(100_000),
  JSON.parse('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"toString":"x"}'),
);

/** Values a mapper accepts at some positions, so that both outcomes are exercised. */
const plausible = fc.oneof(
  fc
    .date({ min: new Date("1970-01-01"), max: new Date("2100-01-01"), noInvalidDate: true })
    .map((d) => d.toISOString()),
  fc.uuid(),
  fc.constantFrom("aal1", "pwd", "mfa", "webAuthN", "user-agent", "192.0.2.1", btoa("Engineering")),
  fc.integer(),
  fc.dictionary(fc.constantFrom("id", "verifiedAt", "values", "name"), fc.constantFrom("1", "2024-01-01T00:00:00Z")),
);

/** Any JSON value, weighted towards the hostile ones. */
export const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 3 },
  { arbitrary: edgeCases, weight: 3 },
  { arbitrary: plausible, weight: 2 },
);

/** Keys a server may add to any object: prototype-ish names and unknown fields. */
export const hostileKey = fc.oneof(
  fc.constantFrom("__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf"),
  fc.string({ maxLength: 12 }),
);
