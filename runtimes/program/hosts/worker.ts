/**
 * workerd (Cloudflare Workers): an ES module Worker. The input is the body of a POST; the result is the
 * response, one JSON line. workerd exposes no version of its own to a Worker, so the runner hands the one
 * its binary prints (`workerd --version`) as the text binding `WORKERD_VERSION`.
 */
import type { ProgramInput, ProgramResult } from "../input.js";
import { runProgram } from "../list-revoke.js";

interface Env {
  WORKERD_VERSION: string;
}

// biome-ignore lint/style/noDefaultExport: an ES module Worker is its module's default export.
export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    if (request.method !== "POST") return new Response("POST the program's input\n", { status: 405 });
    try {
      const input = (await request.json()) as ProgramInput;
      const result: ProgramResult = {
        // What Workers report as their user agent: the program really runs in workerd, not in a Node shim.
        runtime: navigator.userAgent === "Cloudflare-Workers" ? "workerd" : `not workerd (${navigator.userAgent})`,
        version: env.WORKERD_VERSION,
        ...(await runProgram(input)),
      };
      return new Response(`${JSON.stringify(result)}\n`, { headers: { "content-type": "application/json" } });
    } catch (error) {
      const text = error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ""}` : String(error);
      return new Response(text, { status: 500 });
    }
  },
};
