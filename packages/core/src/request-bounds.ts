import { ConfigurationError, type ErrorContext } from "./errors.js";
import { jsonType } from "./shape.js";

/**
 * A request body's schema as a provider's generated `operations.gen.ts` holds it (`requestBody`): the
 * spec's schema with `$ref`s inlined, reduced to the keywords checked here.
 */
export interface BodySchema {
  readonly type?: string | readonly string[];
  readonly format?: string;
  readonly enum?: readonly unknown[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly required?: readonly string[];
  readonly maxProperties?: number;
  readonly properties?: { readonly [name: string]: BodySchema };
  readonly items?: BodySchema;
  readonly oneOf?: readonly BodySchema[];
}

/** What is wrong with a request body: where, which keyword of the spec, and what it asks for. */
export interface RequestBodyProblem {
  /** JSON pointer into the body (`""` for the body itself). */
  readonly pointer: string;
  /** The spec's keyword that was broken (`maxLength`, `enum`, `oneOf`, ...). */
  readonly keyword: string;
  /** The keyword with the value the spec gives it, e.g. `maxLength: 200`. */
  readonly bound: string;
  readonly message: string;
}

/** A request body that breaks a bound of the spec (a ConfigurationError: nothing was sent). */
export class RequestBodyError extends ConfigurationError {
  readonly pointer: string;
  readonly keyword: string;
  constructor(context: ErrorContext, problem: RequestBodyProblem) {
    super(context, `request body ${problem.pointer || "/"} ${problem.message} (the spec's ${problem.bound})`);
    this.pointer = problem.pointer;
    this.keyword = problem.keyword;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), pointer: this.pointer, keyword: this.keyword };
  }
}

/**
 * Checks a request body against the spec's bounds before it is sent, so that a body the server would
 * refuse with a 400 is a RequestBodyError naming the JSON pointer and the bound. Only the schema is walked
 * and only its names and the array indexes enter the pointer: no caller text (a misplaced credential)
 * reaches the message, and a cyclic object cannot loop. A member that JSON leaves out (`undefined`) is absent.
 */
export function checkRequestBody(context: ErrorContext, schema: BodySchema, body: unknown): void {
  const problem = requestBodyProblem(schema, body);
  if (problem) throw new RequestBodyError(context, problem);
}

/** The first bound of `schema` that `value` breaks, or undefined. */
export function requestBodyProblem(schema: BodySchema, value: unknown, pointer = ""): RequestBodyProblem | undefined {
  const at = (keyword: keyof BodySchema, message: string, where = pointer): RequestBodyProblem => ({
    pointer: where,
    keyword,
    bound: `${keyword}: ${JSON.stringify(schema[keyword])}`,
    message,
  });
  if (schema.oneOf) {
    const problem = oneOfProblem(schema.oneOf, value, pointer);
    if (problem) return problem;
  }
  if (schema.type !== undefined && !typeMatches(schema.type, value)) {
    return at("type", `must be ${typeNames(schema.type)}, got ${shownType(value)}`);
  }
  if (schema.enum && !schema.enum.includes(value)) return at("enum", `must be one of ${quoted(schema.enum)}`);
  if (typeof value === "string") return stringProblem(value, at, schema);
  if (typeof value === "number") {
    if (schema.minimum !== undefined && value < schema.minimum) return at("minimum", `must be ≥ ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) return at("maximum", `must be ≤ ${schema.maximum}`);
  }
  if (Array.isArray(value)) return arrayProblem(value, at, schema, pointer);
  if (isRecord(value)) return objectProblem(value, at, schema, pointer);
  return undefined;
}

type At = (keyword: keyof BodySchema, message: string, where?: string) => RequestBodyProblem;

function stringProblem(value: string, at: At, schema: BodySchema): RequestBodyProblem | undefined {
  // Code points, as JSON Schema counts them (and protoc-gen-validate its runes).
  const length = [...value].length;
  if (schema.minLength !== undefined && length < schema.minLength)
    return at("minLength", `must be at least ${schema.minLength} characters long`);
  if (schema.maxLength !== undefined && length > schema.maxLength)
    return at("maxLength", `must be at most ${schema.maxLength} characters long`);
  if (schema.pattern !== undefined && !new RegExp(schema.pattern, "u").test(value))
    return at("pattern", `must match /${schema.pattern}/`);
  const format = schema.format === undefined ? undefined : FORMATS.get(schema.format);
  if (format && !format.test(value)) return at("format", `must be ${format.what}`);
  return undefined;
}

function arrayProblem(value: unknown[], at: At, schema: BodySchema, pointer: string): RequestBodyProblem | undefined {
  if (schema.minItems !== undefined && value.length < schema.minItems)
    return at("minItems", `must hold at least ${schema.minItems} items`);
  if (schema.maxItems !== undefined && value.length > schema.maxItems)
    return at("maxItems", `must hold at most ${schema.maxItems} items`);
  if (!schema.items) return undefined;
  for (let i = 0; i < value.length; i++) {
    const problem = requestBodyProblem(schema.items, value[i], `${pointer}/${i}`);
    if (problem) return problem;
  }
  return undefined;
}

function objectProblem(
  value: Record<string, unknown>,
  at: At,
  schema: BodySchema,
  pointer: string,
): RequestBodyProblem | undefined {
  const missing = schema.required?.find((name) => member(value, name) === undefined);
  if (missing !== undefined) return at("required", "is required", `${pointer}/${pointerSegment(missing)}`);
  const count = Object.keys(value).filter((name) => member(value, name) !== undefined).length;
  if (schema.maxProperties !== undefined && count > schema.maxProperties)
    return at("maxProperties", `must have at most ${schema.maxProperties} member(s), has ${count}`);
  for (const [name, child] of Object.entries(schema.properties ?? {})) {
    const set = member(value, name);
    const problem =
      set === undefined ? undefined : requestBodyProblem(child, set, `${pointer}/${pointerSegment(name)}`);
    if (problem) return problem;
  }
  return undefined;
}

/**
 * Exactly one alternative must hold. When none does, the one the value was evidently meant for (of its type,
 * with its required members) tells what is wrong in it; otherwise the alternatives are named.
 */
function oneOfProblem(
  alternatives: readonly BodySchema[],
  value: unknown,
  pointer: string,
): RequestBodyProblem | undefined {
  const holding = alternatives.filter((a) => requestBodyProblem(a, value, pointer) === undefined);
  if (holding.length === 1) return undefined;
  const problem = (message: string) => ({
    pointer,
    keyword: "oneOf",
    bound: `oneOf of ${alternatives.length}`,
    message,
  });
  if (holding.length > 1) return problem(`matches ${holding.length} of its alternatives, not exactly one`);
  const typed = alternatives.filter((a) => a.type === undefined || typeMatches(a.type, value));
  if (typed.length === 0) {
    const types = [...new Set(alternatives.flatMap((a) => (a.type === undefined ? [] : [a.type].flat())))];
    return problem(`must be ${types.join(" or ")}, got ${shownType(value)}`);
  }
  const meant = typed.filter((a) =>
    (a.required ?? []).every((name) => isRecord(value) && member(value, name) !== undefined),
  );
  const [only] = meant;
  if (only && meant.length === 1) return requestBodyProblem(only, value, pointer);
  const kinds = alternatives.flatMap((a) => a.required ?? []);
  if (kinds.length === 0) return problem(`matches none of its ${alternatives.length} alternatives`);
  const set = isRecord(value) ? kinds.filter((name) => member(value, name) !== undefined) : [];
  return problem(
    set.length > 1 ? `sets ${set.join(", ")}: set exactly one of them` : `must set exactly one of ${kinds.join(", ")}`,
  );
}

/** An own member as JSON would send it (undefined when absent or `undefined`). */
function member(value: Record<string, unknown>, name: string): unknown {
  return Object.hasOwn(value, name) ? value[name] : undefined;
}

const pointerSegment = (segment: string) => segment.replace(/~/g, "~0").replace(/\//g, "~1");
const quoted = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(", ");
const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);
const typeNames = (type: string | readonly string[]) => [type].flat().join(" or ");

function typeMatches(type: string | readonly string[], value: unknown): boolean {
  return [type].flat().some((t) => {
    if (t === "integer") return Number.isInteger(value);
    if (t === "number") return typeof value === "number" && Number.isFinite(value);
    if (t === "object") return isRecord(value);
    return jsonType(value) === t;
  });
}

/** The type of a caller's value, never the value itself. */
function shownType(value: unknown): string {
  if (typeof value === "number" && !Number.isFinite(value)) return "a non-finite number";
  if (typeof value === "number" && !Number.isInteger(value)) return "a fractional number";
  return jsonType(value);
}

const DATE_TIME =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The string formats checked here, as JSON Schema defines them; other formats are open and pass. */
const FORMATS: ReadonlyMap<string, { test(value: string): boolean; what: string }> = new Map([
  ["date-time", { test: (value: string) => DATE_TIME.test(value), what: "an RFC 3339 date-time" }],
  ["uuid", { test: (value: string) => UUID.test(value), what: "a UUID" }],
]);
