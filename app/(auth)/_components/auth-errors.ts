/** Better Auth error codes of the sign-in and sign-up steps, in words. */
type AuthError = { code?: string; status?: number; message?: string };

export function describeAuthError(error: AuthError, minPasswordLength: number): string {
  switch (error.code) {
    case "INVALID_EMAIL_OR_PASSWORD":
      return "That email and password do not match an account.";
    case "USER_ALREADY_EXISTS":
    case "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL":
      return "An account with this email already exists. Sign in instead.";
    case "PASSWORD_TOO_SHORT":
      return `Choose a password of at least ${minPasswordLength} characters.`;
    case "PASSWORD_TOO_LONG":
      return "That password is too long. Use at most 128 characters.";
    case "INVALID_EMAIL":
      return "Enter a valid email address.";
    case "BANNED_USER":
      return "You have been banned from this application. Contact your administrator if you think this is a mistake.";
    case "INVALID_CODE":
    case "INVALID_TWO_FACTOR_CODE":
      return "That code is not right. Check it and try again.";
    case "INVALID_BACKUP_CODE":
      return "That backup code is not right, or it was used already.";
    case "INVALID_TWO_FACTOR_COOKIE":
    case "TWO_FACTOR_NOT_ENABLED":
      return "This sign-in attempt has expired. Sign in again.";
  }
  if (error.status === 401) return "That email and password do not match an account.";
  if (error.status === 429) return "Too many attempts. Wait a minute and try again.";
  if (error.code === "invalid_signature" || error.code === "INVALID_SIGNATURE") {
    return "This sign-in link has expired. Start again from the application.";
  }
  return error.message || "Something went wrong. Try again.";
}
