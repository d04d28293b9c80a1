/** What each OAuth / OIDC error code means, in words a person understands. */
const EXPLANATIONS: Record<string, string> = {
  invalid_request: "The application sent a request that is missing something or is malformed.",
  invalid_client: "The application is not registered here, or it is disabled.",
  invalid_redirect: "The application asked to return to an address it has not registered.",
  invalid_redirect_uri: "The application asked to return to an address it has not registered.",
  unauthorized_client: "The application is not allowed to sign in this way.",
  access_denied: "Access was denied.",
  unsupported_response_type:
    "The application asked for a kind of response this portal does not give.",
  invalid_scope: "The application asked for permissions it may not request.",
  invalid_target: "The application asked for an API it is not linked to.",
  login_required: "You need to sign in first.",
  consent_required: "Your consent is needed first.",
  interaction_required: "This step needs you to be present.",
  server_error: "Something went wrong on our side.",
  temporarily_unavailable: "The portal is busy. Try again in a moment.",
  invalid_signature:
    "This sign-in link was changed or has expired. Start again from the application.",
};

export function explainError(code: string): string {
  return EXPLANATIONS[code] ?? "The sign-in request could not be completed.";
}
