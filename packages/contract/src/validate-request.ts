import { validatorAt } from "./compile.js";
import { coerce, type HeadersLike } from "./headers.js";
import type { JsonSchema, OpenApiDocument, ParameterObject } from "./openapi-document.js";
import type { OperationId } from "./operation-ids.js";
import { escapePointer } from "./pointer.js";
import type { Redactor } from "./redactor.js";
import { checkSecurity } from "./security.js";
import { chooseOperation, parseUrl } from "./select-operation.js";
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

/** Options of validateRequest: the operation the request must be for (by operationId), and secrets. */
export interface RequestCheckOptions<P extends ContractProvider = ContractProvider> extends ValidateOptions {
  /** The request's operation is matched by method and path template; named here, it must be this one. */
  operation?: OperationId<P> | undefined;
}

/**
 * Every way a request breaks the provider's spec: unknown operation (or not the one named), parameters,
 * credentials, body. Never throws: an unknown provider, a URL that does not parse or a body nested deeper
 * than MAX_DEPTH is a violation too.
 */
export function validateRequest<P extends ContractProvider>(
  provider: P,
  request: RequestLike,
  options: RequestCheckOptions<P> = {},
): Violation[] {
  return neverThrows(provider, options, (known, r) => check(known, request, options.operation, r));
}

function check(
  provider: ContractProvider,
  request: RequestLike,
  operation: OperationId | undefined,
  r: Redactor,
): Violation[] {
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
  const chosen = chooseOperation(r, provider, { operation, request });
  if (!("found" in chosen)) return [chosen.refused];
  const found = chosen.found;
  const violations: Violation[] = [];
  const parameters = resolvedParameters(SPECS[provider], found.operation.parameters ?? [], found.pointer);
  for (const { parameter, schemaPointer } of parameters) {
    const at = `/${escapePointer(parameter.name)}`;
    if (parameter.in !== "path" && parameter.in !== "query") continue;
    const raw = parameter.in === "path" ? found.params[parameter.name] : queryValue(url, parameter);
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
    const items = parameter.schema?.items as JsonSchema | undefined;
    const value = Array.isArray(raw) ? raw.map((item) => coerce(item, items)) : coerce(raw, parameter.schema);
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

/**
 * A query parameter's text, or each of its repetitions for an array (OpenAPI's default `form` style,
 * exploded: `expand=identity&expand=devices`); undefined when absent.
 */
function queryValue(url: URL, parameter: ParameterObject): string | string[] | undefined {
  const all = url.searchParams.getAll(parameter.name);
  if (all.length === 0) return undefined;
  return parameter.schema?.type === "array" ? all : all[0];
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
