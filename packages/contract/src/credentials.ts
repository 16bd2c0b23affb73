import { type ContractProvider, SPECS } from "./specs.js";

/** Credentials inside a header value: a bearer or basic token, an AK/SK signature's access key and signature. */
const INSIDE = [/\b(?:Bearer|Basic)\s+(\S+)/gi, /\b(?:Access|Signature|Credential)=([^,\s]+)/g];

/**
 * The credential values a request carried (its Authorization header and the spec's API key headers), so
 * that a report redacts them even for a target that did not name its secrets.
 */
export function credentialsIn(provider: ContractProvider, headers: Headers): string[] {
  const schemes = Object.values(SPECS[provider].components?.securitySchemes ?? {});
  const names = new Set(["authorization", ...schemes.flatMap((s) => (s.in === "header" && s.name ? [s.name] : []))]);
  const out: string[] = [];
  for (const name of names) {
    const value = headers.get(name);
    if (!value) continue;
    out.push(value);
    for (const pattern of INSIDE) for (const match of value.matchAll(pattern)) if (match[1]) out.push(match[1]);
  }
  return out;
}
