import type { ProviderId } from "@idp-sessions/specs/validator";

/**
 * The positions each mapper reads (array indexes and metadata keys as patterns). A spec violation at one
 * of them must be refused; one elsewhere (a field no mapper looks at) may pass, as the mappers promise.
 */
export const READ_POSITIONS: Record<ProviderId, readonly RegExp[]> = {
  "huawei-identitycenter": [
    /^$/,
    /^\/(creation_time|session_id|session_not_valid_after|user_id|ip_address|user_agent)$/,
  ],
  "ory-kratos": [
    /^$/,
    /^\/(id|active|authenticated_at|expires_at|issued_at|authenticator_assurance_level|authentication_methods|devices|identity)$/,
    /^\/authentication_methods\/\d+(\/(method|aal|completed_at))?$/,
    /^\/devices\/\d+(\/(id|ip_address|location|user_agent))?$/,
    /^\/identity\/id$/,
  ],
  monocloud: [
    /^$/,
    /^\/(session_id|client_ids|initiated_at|expires_at|last_updated|last_metadata)$/,
    /^\/client_ids\/\d+$/,
    /^\/last_metadata\/(ip_address|user_agent|city|region|country|latitude|longitude)$/,
  ],
  auth0: [
    /^$/,
    /^\/(id|user_id|created_at|authenticated_at|last_interacted_at|expires_at|idle_expires_at)$/,
    /^\/(device|clients|authentication|session_metadata)$/,
    /^\/device\/(initial|last)_(ip|user_agent|asn)$/,
    /^\/clients\/\d+(\/client_id)?$/,
    /^\/authentication\/methods(\/\d+(\/(name|timestamp|type))?)?$/,
    /^\/session_metadata\/[^/]+$/,
  ],
  zitadel: [
    /^$/,
    /^\/(id|creationDate|changeDate|expirationDate|factors|metadata|userAgent)$/,
    /^\/factors\/(user|password|webAuthN|intent|totp|otpSms|otpEmail|recoveryCode)(\/verifiedAt)?$/,
    /^\/factors\/(user\/id|webAuthN\/userVerified)$/,
    /^\/metadata\/[^/]+$/,
    /^\/userAgent\/(ip|fingerprintId|description|header)$/,
    /^\/userAgent\/header\/(user-agent|User-Agent)(\/values(\/\d+)?)?$/,
  ],
};

export function isRead(provider: ProviderId, pointer: string): boolean {
  return READ_POSITIONS[provider].some((pattern) => pattern.test(pointer));
}
