import { collectErrors } from "@idp-sessions/testing";
import { IdpSessionsError } from "../src/errors.js";

// Every error the core tests produce is scanned for the test credentials after each file.
collectErrors(IdpSessionsError);
