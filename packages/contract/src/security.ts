import { type HeadersLike, headerValue } from "./headers.js";
import type { Redactor } from "./redactor.js";
import { type ContractProvider, SPECS } from "./specs.js";
import { type Violation, violation } from "./violation.js";

/** At least one security alternative must be met (an empty one means none is needed). */
export function checkSecurity(
  r: Redactor,
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
    violation(r, {
      in: "headers",
      pointer: "/authorization",
      message: "no security requirement is met",
      expected,
      actual: "missing credentials",
    }),
  ];
}
