/**
 * Is the caller the one holding the shared secret? The caller sends `Authorization: Bearer <secret>`.
 *
 * A plain `===` returns sooner the sooner the strings differ, which lets a caller find the secret a
 * character at a time by timing. WebCrypto has no compare of its own, so both values are signed with an
 * HMAC key made for this one check and `crypto.subtle.verify` compares the signatures: whatever its
 * timing shows is about signatures under a key nobody knows, never about the secret.
 */
const encoder = new TextEncoder();

/** The shortest API_SECRET the Worker accepts: a shorter one could be guessed. */
export const MIN_SECRET_LENGTH = 32;

export async function isCaller(request: Request, secret: string): Promise<boolean> {
  const given = /^Bearer (\S+)$/.exec(request.headers.get("authorization") ?? "")?.[1];
  if (given === undefined) return false;
  const key = await crypto.subtle.generateKey({ name: "HMAC", hash: "SHA-256" }, false, ["sign", "verify"]);
  const expected = await crypto.subtle.sign("HMAC", key, encoder.encode(secret));
  return crypto.subtle.verify("HMAC", key, expected, encoder.encode(given));
}
