import { ConfigurationError, type ErrorContext } from "./errors.js";

/**
 * One parameter as a spec describes it: the shape of each entry of a provider's generated
 * `operations.gen.ts`. Only the constraints the checkers here understand are listed.
 */
export interface ParamConstraints {
  readonly in?: string;
  /** The parameter's name in the spec (`page_size`, `id`), which can differ from the option's. */
  readonly name?: string;
  readonly required?: boolean;
  readonly type?: string | readonly string[];
  readonly format?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly enum?: readonly unknown[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The string formats checked here; other formats are open (OpenAPI lets tools ignore them) and pass. */
const FORMATS: ReadonlyMap<string, { test(value: string): boolean; what: string }> = new Map([
  ["uuid", { test: (value: string) => UUID.test(value), what: "a UUID" }],
]);

/**
 * Checks a value that becomes one path segment, against `constraints` from the spec when given
 * (minLength, maxLength, pattern, enum, and `format: "uuid"`), so that a wrong id is a ConfigurationError
 * naming the option rather than a 400 from the server. openapi-fetch percent-encodes `/`, `?`, `#`, `%`,
 * spaces and non-ASCII, but `.` and `..` (even as `%2E%2E`) are dot segments that every URL parser
 * removes, so they could never reach the server as the id they are: refuse them instead of calling
 * another URL. The value is never quoted in the error: a misplaced credential must not end up in a log.
 */
export function checkPathParam(
  context: ErrorContext,
  name: string,
  value: unknown,
  constraints: ParamConstraints = {},
): string {
  if (typeof value !== "string" || value.length === 0) {
    throw new ConfigurationError(context, `${name} must be a non-empty string`);
  }
  if (value === "." || value === "..") {
    throw new ConfigurationError(context, `${name} ${JSON.stringify(value)} cannot be sent as a path segment`);
  }
  const problem = stringProblem(value, constraints);
  if (problem !== undefined) {
    const source = constraints.name === undefined ? "" : ` (the spec's path parameter ${constraints.name})`;
    throw new ConfigurationError(context, `${name}${source} must be ${problem}`);
  }
  return value;
}

/** What `value` fails of the string constraints, or undefined when it meets them all. */
function stringProblem(value: string, c: ParamConstraints): string | undefined {
  // Lengths in code points, as JSON Schema counts them.
  const length = [...value].length;
  if (c.minLength !== undefined && length < c.minLength) return `at least ${c.minLength} characters long`;
  if (c.maxLength !== undefined && length > c.maxLength) return `at most ${c.maxLength} characters long`;
  if (c.pattern !== undefined && !new RegExp(c.pattern, "u").test(value)) return `a match of /${c.pattern}/`;
  const format = c.format === undefined ? undefined : FORMATS.get(c.format);
  if (format && !format.test(value)) return format.what;
  if (c.enum !== undefined && !c.enum.includes(value))
    return `one of ${c.enum.map((v) => JSON.stringify(v)).join(", ")}`;
  return undefined;
}

/**
 * A spec's path parameters under the names callers pass them by (the generated `pathOptions`): with
 * `{ user_id: "userId" }`, the path `{ user_id: string }` is taken as `{ userId: string }`.
 */
export type PathParamsAs<Options extends Readonly<Record<string, string>>, Path> = {
  [K in keyof Options as K extends keyof Path ? Options[K] : never]: Path[K & keyof Path];
};
