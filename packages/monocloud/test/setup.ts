import { IdpSessionsError } from "@idp-sessions/core/errors";
import { collectErrors } from "@idp-sessions/testing";

// Every error this package's tests produce is scanned for the test credentials after each file.
collectErrors(IdpSessionsError);
