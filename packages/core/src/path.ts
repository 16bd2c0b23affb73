import { ConfigurationError, type ErrorContext } from "./errors.js";

/**
 * Checks a value that becomes one path segment. openapi-fetch percent-encodes `/`, `?`, `#`, `%`, spaces
 * and non-ASCII, but `.` and `..` (even as `%2E%2E`) are dot segments that every URL parser removes, so
 * they could never reach the server as the id they are: refuse them instead of calling another URL.
 */
export function checkPathParam(context: ErrorContext, name: string, value: unknown): string {
  if (typeof value !== "string" || value.length === 0) {
    throw new ConfigurationError(context, `${name} must be a non-empty string`);
  }
  if (value === "." || value === "..") {
    throw new ConfigurationError(context, `${name} ${JSON.stringify(value)} cannot be sent as a path segment`);
  }
  return value;
}
