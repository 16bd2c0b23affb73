// The texts of herodot v0.10.8's default errors (error_defaults.go) and of ory/x sqlcon.ErrNoRows, which
// Kratos v26.2.0 writes as `{error: {code, status, message}}`. 429 and 503 come from Ory Network's edge,
// whose texts are not published: the status text stands in.
const ERRORS: Record<number, [status: string, message: string]> = {
  400: ["Bad Request", "The request was malformed or contained invalid parameters"],
  401: ["Unauthorized", "The request could not be authorized"],
  403: ["Forbidden", "The requested action was forbidden"],
  404: ["Not Found", "Unable to locate the resource"],
  429: ["Too Many Requests", "Too Many Requests"],
  500: ["Internal Server Error", "An internal server error occurred, please contact the system administrator"],
  503: ["Service Unavailable", "Service Unavailable"],
};

/** herodot's envelope; `request` echoes the request's X-Request-ID header (herodot json.go). */
export function kratosErrorBody(status: number, message?: string, requestId?: string, reason?: string) {
  const [text, defaultMessage] = ERRORS[status] ?? ["Error", "Error"];
  return {
    body: {
      error: {
        code: status,
        status: text,
        ...(requestId ? { request: requestId } : {}),
        ...(reason ? { reason } : {}),
        message: message ?? defaultMessage,
      },
    },
    contentType: "application/json",
  };
}
