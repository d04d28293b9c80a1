/** The password rules lib/auth.ts configures, for hints and messages in the browser too. */
export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 128;

/** The hint under a field where a new password is chosen. */
export const PASSWORD_HINT = `At least ${MIN_PASSWORD_LENGTH} characters.`;
