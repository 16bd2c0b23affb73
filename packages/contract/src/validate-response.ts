import { validatorAt } from "./compile.js";
import { coerce, type HeadersLike, headerValue } from "./headers.js";
import type { HeaderObject, OpenApiDocument } from "./openapi-document.js";
import { type FoundOperation, resolveResponse } from "./operation.js";
import { escapePointer } from "./pointer.js";
import type { Redactor } from "./redactor.js";
import { chooseOperation, type OperationChoice } from "./select-operation.js";
import { type ContractProvider, SPECS } from "./specs.js";
import {
  neverThrows,
  tooDeepViolation,
  toViolations,
  type ValidateOptions,
  type Violation,
  violation,
} from "./violation.js";

/** A response as it arrived: status, headers, and the body already parsed from JSON. */
export interface ResponseLike {
  status: number;
  headers?: HeadersLike;
  body: unknown;
}

function resolveHeader(
  doc: OpenApiDocument,
  header: HeaderObject,
  pointer: string,
): { header: HeaderObject; pointer: string } {
  if (!header.$ref) return { header, pointer };
  const name = header.$ref.split("/").pop() ?? "";
  const target = doc.components?.headers?.[name];
  return target ? { header: target, pointer: header.$ref } : { header, pointer };
}

/** Options of validateResponse and findDrift: the operation (by operationId, or its request), and secrets. */
export type ResponseCheckOptions<P extends ContractProvider = ContractProvider> = ValidateOptions & OperationChoice<P>;

/** Where in the spec the operation's response of this status is described (own members only: `__proto__` is no status). */
export function responseFor(provider: ContractProvider, op: FoundOperation, status: number) {
  const key = String(status);
  const declared = Object.hasOwn(op.operation.responses, key) ? op.operation.responses[key] : undefined;
  return declared ? resolveResponse(SPECS[provider], declared, `${op.pointer}/responses/${key}`) : undefined;
}

/**
 * Every way a response breaks the provider's spec: undocumented status, headers, body. Empty when it fits.
 * The operation is `options.operation` (an operationId), else the one `options.request` matches by method
 * and path template, else the listing. Never throws: an unknown provider or operation, a body nested
 * deeper than MAX_DEPTH or anything unreadable is a violation too.
 */
export function validateResponse<P extends ContractProvider>(
  provider: P,
  response: ResponseLike,
  options: ResponseCheckOptions<P> = {},
): Violation[] {
  return neverThrows(provider, options, (known, r) => {
    const chosen = chooseOperation(r, known, options);
    return "found" in chosen ? check(known, chosen.found, response, r) : [chosen.refused];
  });
}

function check(provider: ContractProvider, op: FoundOperation, response: ResponseLike, r: Redactor): Violation[] {
  const doc = SPECS[provider];
  const found = responseFor(provider, op, response.status);
  if (!found) {
    const documented = Object.keys(op.operation.responses).join(", ");
    return [
      violation(r, {
        in: "status",
        pointer: "",
        message: "status is not documented",
        expected: `one of ${documented}`,
        actual: r.quote(response.status),
      }),
    ];
  }
  const violations: Violation[] = [];
  for (const [name, declared] of Object.entries(found.response.headers ?? {})) {
    const { header, pointer } = resolveHeader(doc, declared, `${found.pointer}/headers/${escapePointer(name)}`);
    const value = headerValue(response.headers, name);
    const at = `/${escapePointer(name.toLowerCase())}`;
    if (value === undefined) {
      if (header.required)
        violations.push(
          violation(r, {
            in: "headers",
            pointer: at,
            message: "required header is missing",
            expected: name,
            actual: "nothing",
          }),
        );
      continue;
    }
    if (header.content?.["application/json"]) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(value);
      } catch {
        violations.push(
          violation(r, {
            in: "headers",
            pointer: at,
            message: "header is not JSON",
            expected: "JSON",
            actual: r.quote(value),
          }),
        );
        continue;
      }
      const deep = tooDeepViolation(r, parsed, "headers", at);
      if (deep) {
        violations.push(deep);
        continue;
      }
      const validate = validatorAt(provider, `${pointer}/content/application~1json/schema`);
      if (!validate(parsed)) violations.push(...toViolations(r, validate.errors, parsed, "headers", at));
    } else if (header.schema) {
      const coerced = coerce(value, header.schema);
      const validate = validatorAt(provider, `${pointer}/schema`);
      if (!validate(coerced)) violations.push(...toViolations(r, validate.errors, coerced, "headers", at));
    }
  }
  const content = found.response.content ?? {};
  const mediaType = (headerValue(response.headers, "content-type") ?? "").split(";")[0]?.trim() ?? "";
  const documentedTypes = Object.keys(content);
  if (documentedTypes.length === 0) return violations;
  const chosen = documentedTypes.includes(mediaType) ? mediaType : undefined;
  if (mediaType && !chosen) {
    violations.push(
      violation(r, {
        in: "headers",
        pointer: "/content-type",
        message: "media type is not documented",
        expected: documentedTypes.join(" or "),
        actual: r.quote(mediaType),
      }),
    );
  }
  const deep = tooDeepViolation(r, response.body, "body");
  if (deep) return [...violations, deep];
  const type = chosen ?? documentedTypes[0] ?? "application/json";
  const validate = validatorAt(provider, `${found.pointer}/content/${escapePointer(type)}/schema`);
  if (!validate(response.body)) violations.push(...toViolations(r, validate.errors, response.body, "body"));
  return violations;
}
