import type { ServerResponse } from "node:http";

/**
 * A fault a mock server can inject instead of its normal answer, per server (`injectFaults`) or per
 * request (the `x-mock-fault` header, e.g. `x-mock-fault: 503` or `x-mock-fault: slow=2000`).
 */
export type Fault =
  | { kind: "429"; retryAfterSeconds?: number }
  | { kind: "500" }
  | { kind: "503" }
  | { kind: "reset" }
  | { kind: "slow"; delayMs: number }
  | { kind: "malformed" }
  | { kind: "truncated" };

export function parseFaultHeader(value: string | undefined): Fault | undefined {
  if (!value) return undefined;
  const [kind, arg] = value.split("=");
  switch (kind) {
    case "429":
      return { kind, retryAfterSeconds: arg === undefined ? 1 : Number(arg) };
    case "500":
    case "503":
    case "reset":
    case "malformed":
    case "truncated":
      return { kind };
    case "slow":
      return { kind, delayMs: Number(arg ?? 1000) };
    default:
      return undefined;
  }
}

/**
 * Answers with the fault. Error statuses use the provider's error body (`errorBody`); `slow` only delays
 * and returns false so that the normal answer follows.
 */
export async function applyFault(
  fault: Fault,
  res: ServerResponse,
  errorBody: (status: number) => { body: unknown; contentType: string },
): Promise<boolean> {
  switch (fault.kind) {
    case "slow":
      await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
      return false;
    case "reset":
      res.socket?.destroy();
      return true;
    case "malformed":
      res.writeHead(200, { "content-type": "application/json" });
      res.end('{"sessions": [{"id": ');
      return true;
    case "truncated":
      res.writeHead(200, { "content-type": "application/json", "content-length": "4096" });
      res.write('{"sessions":[');
      setTimeout(() => res.socket?.destroy(), 5);
      return true;
    default: {
      const status = Number(fault.kind);
      const { body, contentType } = errorBody(status);
      const headers: Record<string, string> = { "content-type": contentType };
      if (fault.kind === "429") headers["retry-after"] = String(fault.retryAfterSeconds ?? 1);
      res.writeHead(status, headers);
      res.end(JSON.stringify(body));
      return true;
    }
  }
}
