/** gofrs/uuid v4.4.0 `FromString` (codec.go): the id in canonical form, or its error text. */
export function parseUuid(text: string): { id: string } | { error: string } {
  const bad = (what: string) => ({ error: `uuid: incorrect UUID format in string ${JSON.stringify(what)}` });
  let s = text;
  const length = Buffer.byteLength(text);
  if (length === 34 || length === 38) {
    if (!s.startsWith("{") || !s.endsWith("}")) return bad(s);
    s = s.slice(1, -1);
  } else if (length === 41 || length === 45) {
    if (!s.startsWith("urn:uuid:")) return bad(s.slice(0, 9));
    s = s.slice(9);
  } else if (length !== 32 && length !== 36) {
    return { error: `uuid: incorrect UUID length ${length} in string ${JSON.stringify(s)}` };
  }
  if (s.length === 36 && (s[8] !== "-" || s[13] !== "-" || s[18] !== "-" || s[23] !== "-")) return bad(s);
  const digits = s.length === 36 ? s.replace(/-/g, "") : s;
  if (!/^[0-9a-f]{32}$/i.test(digits)) return { error: "uuid: invalid UUID format" };
  const d = digits.toLowerCase();
  return { id: `${d.slice(0, 8)}-${d.slice(8, 12)}-${d.slice(12, 16)}-${d.slice(16, 20)}-${d.slice(20)}` };
}
