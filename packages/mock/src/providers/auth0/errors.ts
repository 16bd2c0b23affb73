const TEXT: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable",
};
// Auth0's errorCode per status; a 401 has none and repeats its message in `attributes.error` instead.
const CODES: Record<number, string> = {
  400: "invalid_query_string",
  403: "insufficient_scope",
  404: "inexistent_user",
  429: "too_many_requests",
};

/** Auth0's error body: `{statusCode, error, message, errorCode?}`; an empty `errorCode` leaves it out. */
export function auth0ErrorBody(status: number, message?: string, errorCode = CODES[status]) {
  const text = message ?? TEXT[status] ?? "Error";
  return {
    body: {
      statusCode: status,
      error: TEXT[status] ?? "Error",
      message: text,
      ...(errorCode ? { errorCode } : {}),
      ...(status === 401 ? { attributes: { error: text } } : {}),
    },
    contentType: "application/json",
  };
}

/** Auth0's validation message: the validator's reason, the property and its description. */
export const validationError = (where: "Query" | "Path", reason: string, property: string, description: string) =>
  `${where} validation error: '${reason}' on property ${property} (${description}).`;

export const rateLimitHeaders = () => ({
  "x-ratelimit-limit": "50",
  "x-ratelimit-remaining": "49",
  "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + 1),
});
