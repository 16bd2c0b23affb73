import { type Drift, findDrift } from "./drift.js";
import type { OperationId } from "./operation-ids.js";
import type { Exchange } from "./recording-fetch.js";
import type { ContractViolation } from "./report.js";
import { matchOperation } from "./select-operation.js";
import type { ContractProvider } from "./specs.js";
import { validateRequest } from "./validate-request.js";
import { validateResponse } from "./validate-response.js";

/**
 * Every exchange against the operation its request is for (matched by method and path template): its
 * request, its response, and the response's drift (each path once). A request that matches no operation
 * is a request violation; its response is not checked against any.
 */
export function checkExchanges(
  provider: ContractProvider,
  exchanges: readonly Exchange[],
  secrets: readonly string[],
): { operations: OperationId[]; violations: ContractViolation[]; drift: Drift[] } {
  const operations = new Set<OperationId>();
  const violations: ContractViolation[] = [];
  const drift = new Map<string, Drift>();
  exchanges.forEach((exchange, index) => {
    const operation = matchOperation(provider, exchange.request);
    if (operation) operations.add(operation);
    const at = { exchange: index, ...(operation ? { operation } : {}) };
    for (const v of validateRequest(provider, exchange.request, { secrets }))
      violations.push({ ...v, ...at, side: "request" });
    const response = exchange.response;
    if (!response || !operation) return;
    for (const v of validateResponse(provider, response, { secrets, operation }))
      violations.push({ ...v, ...at, side: "response" });
    for (const d of findDrift(provider, response, { secrets, operation })) if (!drift.has(d.path)) drift.set(d.path, d);
  });
  return { operations: [...operations], violations, drift: [...drift.values()] };
}
