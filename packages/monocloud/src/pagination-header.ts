import { type ErrorContext, jsonType, ResponseValidationError } from "@idp-sessions/core";
import type { MonoCloudPaginationMetadata } from "./types.js";

const POINTER = "/headers/x-pagination";

/**
 * MonoCloud sends the paging state in the `x-pagination` header as JSON. Without it nobody can tell
 * whether more sessions exist, so a missing or malformed header is an error, never a silent last page.
 */
export function readPaginationHeader(context: ErrorContext, headers: Headers): MonoCloudPaginationMetadata {
  const raw = headers.get("x-pagination");
  if (raw === null) {
    throw new ResponseValidationError(context, { pointer: POINTER, expected: "a JSON header", actual: "no header" });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ResponseValidationError(context, {
      pointer: POINTER,
      expected: "JSON",
      actual: "a value that is not JSON",
    });
  }
  const hasNext = (parsed as { has_next?: unknown } | null)?.has_next;
  if (typeof hasNext !== "boolean") {
    throw new ResponseValidationError(context, {
      pointer: `${POINTER}/has_next`,
      expected: "boolean",
      actual: jsonType(hasNext),
    });
  }
  return parsed as MonoCloudPaginationMetadata;
}
