/**
 * Who is asking? REPLACE THIS with your app's own answer: the user of the session cookie your app set,
 * the subject of the access token your API verified. Return null for a request that is not signed in.
 *
 * The default below trusts an `x-example-user` header, and only when the server was started with
 * EXAMPLE_TRUST_USER_HEADER=yes (the tests do; never in production: any client can send any header).
 * Without that variable, nobody is signed in and every request is answered 401.
 */
import type { IncomingMessage } from "node:http";

export async function currentUser(request: IncomingMessage): Promise<string | null> {
  if (process.env.EXAMPLE_TRUST_USER_HEADER !== "yes") return null;
  const user = request.headers["x-example-user"];
  return typeof user === "string" && user ? user : null;
}
