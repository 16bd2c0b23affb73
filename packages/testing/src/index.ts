export { collectErrors, SECRET_MARKER } from "./error-collector.js";
export { type Handler, json, type ObservedFetch, observedFetch, sequence } from "./observed-fetch.js";
export { type RecordedRequest, type RecordingServer, replyJson, startRecordingServer } from "./recording-server.js";
export { caught, expectNoSecrets, renderings } from "./secrets.js";
