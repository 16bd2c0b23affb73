import { validatorAt } from "./compile.js";
import { coerce, type HeadersLike, headerValue } from "./headers.js";
import { escapePointer, findOperation } from "./operation.js";
import { type ContractProvider, SPECS } from "./specs.js";
import { toViolations, type Violation } from "./violation.js";

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

/** Every way a request breaks the provider's spec: unknown operation, parameters, credentials, body. */
export function validateRequest(provider: ContractProvider, request: RequestLike): Violation[] {
  const doc = SPECS[provider];
  const url = new URL(request.url);
  const base = serverPath(provider);
  const path = base && url.pathname.startsWith(`${base}/`) ? url.pathname.slice(base.length) : url.pathname;
  const found = findOperation(doc, request.method, path);
  if (!found) {
    return [
      {
        in: "path",
        pointer: "",
        message: "no operation matches",
        expected: Object.keys(doc.paths).join(", "),
        actual: `${request.method} ${path}`,
      },
    ];
  }
  const violations: Violation[] = [];
  const parameters = found.operation.parameters ?? [];
  for (const [index, parameter] of parameters.entries()) {
    const at = `/${escapePointer(parameter.name)}`;
    const schemaPointer = `${found.pointer}/parameters/${index}/schema`;
    const raw =
      parameter.in === "path"
        ? found.params[parameter.name]
        : parameter.in === "query"
          ? (url.searchParams.get(parameter.name) ?? undefined)
          : undefined;
    if (parameter.in !== "path" && parameter.in !== "query") continue;
    if (raw === undefined) {
      if (parameter.required)
        violations.push({
          in: parameter.in,
          pointer: at,
          message: "required parameter is missing",
          expected: parameter.name,
          actual: "nothing",
        });
      continue;
    }
    const value = coerce(raw, parameter.schema);
    const validate = validatorAt(provider, schemaPointer);
    if (!validate(value)) violations.push(...toViolations(validate.errors, value, parameter.in, at));
  }
  const known = new Set(parameters.filter((p) => p.in === "query").map((p) => p.name));
  for (const name of new Set(url.searchParams.keys())) {
    if (!known.has(name))
      violations.push({
        in: "query",
        pointer: `/${escapePointer(name)}`,
        message: "query parameter is not documented",
        expected: [...known].join(", ") || "none",
        actual: name,
      });
  }
  violations.push(...checkSecurity(provider, found.operation.security ?? doc.security ?? [], request.headers));
  const body = found.operation.requestBody;
  const schema = body?.content?.["application/json"]?.schema;
  if (body && schema) {
    if (!request.body) {
      if (body.required)
        violations.push({
          in: "body",
          pointer: "",
          message: "request body is missing",
          expected: "a JSON body",
          actual: "nothing",
        });
    } else {
      let parsed: unknown;
      try {
        parsed = JSON.parse(request.body);
      } catch {
        violations.push({
          in: "body",
          pointer: "",
          message: "request body is not JSON",
          expected: "JSON",
          actual: request.body.slice(0, 40),
        });
        return violations;
      }
      const validate = validatorAt(provider, `${found.pointer}/requestBody/content/application~1json/schema`);
      if (!validate(parsed)) violations.push(...toViolations(validate.errors, parsed, "body"));
    }
  }
  return violations;
}

/** At least one security alternative must be met (an empty one means none is needed). */
function checkSecurity(
  provider: ContractProvider,
  alternatives: Record<string, string[]>[],
  headers: HeadersLike | undefined,
): Violation[] {
  if (alternatives.length === 0) return [];
  const schemes = SPECS[provider].components?.securitySchemes ?? {};
  const met = alternatives.some((alternative) =>
    Object.keys(alternative).every((name) => {
      const scheme = schemes[name];
      if (!scheme) return false;
      if (scheme.type === "http" && scheme.scheme === "bearer")
        return /^Bearer \S+/.test(headerValue(headers, "authorization") ?? "");
      if (scheme.type === "apiKey" && scheme.in === "header" && scheme.name)
        return Boolean(headerValue(headers, scheme.name));
      return false;
    }),
  );
  if (met) return [];
  const expected = alternatives.map((a) => Object.keys(a).join(" + ") || "none").join(" or ");
  return [
    {
      in: "headers",
      pointer: "/authorization",
      message: "no security requirement is met",
      expected,
      actual: "missing credentials",
    },
  ];
}
