import { validatorAt } from "./compile.js";
import { coerce, type HeadersLike } from "./headers.js";
import type { OpenApiDocument, ParameterObject } from "./openapi-document.js";
import { findOperation } from "./operation.js";
import { escapePointer } from "./pointer.js";
import type { Redactor } from "./redactor.js";
import { checkSecurity } from "./security.js";
import { type ContractProvider, SPECS } from "./specs.js";
import {
  neverThrows,
  tooDeepViolation,
  toViolations,
  type ValidateOptions,
  type Violation,
  violation,
} from "./violation.js";

/** A request as it was sent: method, full URL, headers and the body text. */
export interface RequestLike {
  method: string;
  url: string;
  headers?: HeadersLike;
  body?: string | null;
}

/** The path part of the spec's first server URL, e.g. `/api/v2` for Auth0 (server variables are host-only). */
function serverPath(provider: ContractProvider): string {
  const servers = (SPECS[provider] as { servers?: { url: string }[] }).servers ?? [];
  const url = servers[0]?.url ?? "";
  return url.replace(/^[a-z]+:\/\/[^/]*/, "").replace(/\/$/, "");
}

function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

/**
 * Every way a request breaks the provider's spec: unknown operation, parameters, credentials, body. Never
 * throws: an unknown provider, a URL that does not parse or a body nested deeper than MAX_DEPTH is a
 * violation too.
 */
export function validateRequest(
  provider: ContractProvider,
  request: RequestLike,
  options: ValidateOptions = {},
): Violation[] {
  return neverThrows(provider, options, (known, r) => check(known, request, r));
}

function check(provider: ContractProvider, request: RequestLike, r: Redactor): Violation[] {
  const doc = SPECS[provider];
  const url = parseUrl(String(request.url));
  if (!url) {
    return [
      violation(r, {
        in: "path",
        pointer: "",
        message: "URL is not valid",
        expected: "an absolute URL",
        actual: r.quote(request.url),
      }),
    ];
  }
  const method = String(request.method);
  const base = serverPath(provider);
  const path = base && url.pathname.startsWith(`${base}/`) ? url.pathname.slice(base.length) : url.pathname;
  const found = findOperation(doc, method, path);
  if (!found) {
    return [
      violation(r, {
        in: "path",
        pointer: "",
        message: "no operation matches",
        expected: Object.keys(doc.paths).join(", "),
        actual: r.quote(`${method} ${path}`),
      }),
    ];
  }
  const violations: Violation[] = [];
  const parameters = resolvedParameters(SPECS[provider], found.operation.parameters ?? [], found.pointer);
  for (const { parameter, schemaPointer } of parameters) {
    const at = `/${escapePointer(parameter.name)}`;
    const raw =
      parameter.in === "path"
        ? found.params[parameter.name]
        : parameter.in === "query"
          ? (url.searchParams.get(parameter.name) ?? undefined)
          : undefined;
    if (parameter.in !== "path" && parameter.in !== "query") continue;
    if (raw === undefined) {
      if (parameter.required)
        violations.push(
          violation(r, {
            in: parameter.in,
            pointer: at,
            message: "required parameter is missing",
            expected: parameter.name,
            actual: "nothing",
          }),
        );
      continue;
    }
    const value = coerce(raw, parameter.schema);
    const validate = validatorAt(provider, schemaPointer);
    if (!validate(value)) violations.push(...toViolations(r, validate.errors, value, parameter.in, at));
  }
  const known = new Set(parameters.filter(({ parameter: p }) => p.in === "query").map(({ parameter: p }) => p.name));
  for (const name of new Set(url.searchParams.keys())) {
    if (!known.has(name))
      violations.push(
        violation(r, {
          in: "query",
          pointer: `/${escapePointer(name)}`,
          message: "query parameter is not documented",
          expected: [...known].join(", ") || "none",
          actual: r.quote(name),
        }),
      );
  }
  violations.push(...checkSecurity(r, provider, found.operation.security ?? doc.security ?? [], request.headers));
  const body = found.operation.requestBody;
  const schema = body?.content?.["application/json"]?.schema;
  if (body && schema) {
    if (typeof request.body !== "string" || request.body === "") {
      if (body.required)
        violations.push(
          violation(r, {
            in: "body",
            pointer: "",
            message: "request body is missing",
            expected: "a JSON body",
            actual: "nothing",
          }),
        );
    } else {
      let parsed: unknown;
      try {
        parsed = JSON.parse(request.body);
      } catch {
        violations.push(
          violation(r, {
            in: "body",
            pointer: "",
            message: "request body is not JSON",
            expected: "JSON",
            actual: r.quote(request.body),
          }),
        );
        return violations;
      }
      const deep = tooDeepViolation(r, parsed, "body");
      if (deep) return [...violations, deep];
      const validate = validatorAt(provider, `${found.pointer}/requestBody/content/application~1json/schema`);
      if (!validate(parsed)) violations.push(...toViolations(r, validate.errors, parsed, "body"));
    }
  }
  return violations;
}

/** An operation's parameters with `$ref`s to `#/components/parameters/...` followed, and each one's schema pointer. */
function resolvedParameters(
  doc: OpenApiDocument,
  list: readonly (ParameterObject | { $ref: string })[],
  operationPointer: string,
): { parameter: ParameterObject; schemaPointer: string }[] {
  return list.flatMap((parameter, index) => {
    const ref = (parameter as { $ref?: unknown }).$ref;
    if (typeof ref !== "string") {
      return [
        { parameter: parameter as ParameterObject, schemaPointer: `${operationPointer}/parameters/${index}/schema` },
      ];
    }
    const name = ref.replace(/^#\/components\/parameters\//, "");
    const target = doc.components?.parameters?.[name];
    return target ? [{ parameter: target, schemaPointer: `${ref}/schema` }] : [];
  });
}
