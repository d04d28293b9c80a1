import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password-policy";

/**
 * The one table of Better Auth error codes in people's words. Client islands (sign-in, sign-up,
 * two-factor) read it for the browser client's errors; server actions read it through
 * `refusalMessage` for `auth.api.*` refusals. Free of server imports.
 */
const MESSAGES: Record<string, string> = {
  INVALID_EMAIL_OR_PASSWORD: "That email and password do not match an account.",
  USER_ALREADY_EXISTS: "An account with this email already exists. Sign in instead.",
  USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL:
    "An account with this email already exists. Sign in instead.",
  PASSWORD_TOO_SHORT: `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.`,
  PASSWORD_TOO_LONG: `That password is too long. Use at most ${MAX_PASSWORD_LENGTH} characters.`,
  INVALID_PASSWORD: "That password is not right.",
  INVALID_EMAIL: "Enter a valid email address.",
  EMAIL_NOT_VERIFIED: "Verify your email address first: check your inbox for the link.",
  BANNED_USER:
    "You have been banned from this application. Contact your administrator if you think this is a mistake.",
  INVALID_CODE: "That code is not right. Check it and try again.",
  INVALID_TWO_FACTOR_CODE: "That code is not right. Check it and try again.",
  INVALID_BACKUP_CODE: "That backup code is not right, or it was used already.",
  INVALID_TWO_FACTOR_COOKIE: "This sign-in attempt has expired. Sign in again.",
  TWO_FACTOR_NOT_ENABLED: "This sign-in attempt has expired. Sign in again.",
  INVALID_SIGNATURE: "This sign-in link has expired. Start again from the application.",
  invalid_signature: "This sign-in link has expired. Start again from the application.",
  SESSION_EXPIRED: "Your session has expired. Sign in again to continue.",
  YOU_CANNOT_LEAVE_THE_ORGANIZATION_AS_THE_ONLY_OWNER:
    "You are its only owner. Make another member an owner before you leave.",
  ORGANIZATION_SLUG_ALREADY_TAKEN: "That slug is taken. Choose another one.",
  ORGANIZATION_ALREADY_EXISTS: "That slug is taken. Choose another one.",
  YOU_ARE_NOT_A_MEMBER_OF_THIS_ORGANIZATION: "You are not a member of that organization.",
  YOU_CANNOT_LEAVE_THE_ORGANIZATION_WITHOUT_AN_OWNER:
    "An organization needs an owner. Make another member an owner first.",
  USER_IS_ALREADY_A_MEMBER_OF_THIS_ORGANIZATION: "That person is already a member.",
  USER_IS_ALREADY_INVITED_TO_THIS_ORGANIZATION:
    "That address has a pending invitation already. Resend it from the list below.",
  YOU_ARE_NOT_ALLOWED_TO_INVITE_USER_WITH_THIS_ROLE: "Only owners can invite owners.",
  YOU_ARE_NOT_ALLOWED_TO_UPDATE_THIS_MEMBER: "Only owners can change an owner's role.",
  YOU_ARE_NOT_ALLOWED_TO_DELETE_THIS_MEMBER: "You cannot remove that member.",
  INVITATION_LIMIT_REACHED: "This organization has too many pending invitations.",
  INVITATION_NOT_FOUND: "This invitation is no longer valid.",
  YOU_ARE_NOT_THE_RECIPIENT_OF_THE_INVITATION: "This invitation is for another email address.",
  ORGANIZATION_MEMBERSHIP_LIMIT_REACHED: "This organization has reached its member limit.",
  YOU_CANNOT_BAN_YOURSELF: "You cannot ban yourself.",
  YOU_CANNOT_REMOVE_YOURSELF: "You cannot delete your own account here.",
};

const BY_STATUS: Record<number, string> = {
  401: "That email and password do not match an account.",
  429: "Too many attempts. Wait a minute and try again.",
};

/** The words for a Better Auth error code, when the table has them. */
export const messageForCode = (code: unknown): string | undefined =>
  typeof code === "string" ? MESSAGES[code] : undefined;

export type AuthErrorLike = { code?: string; status?: number; message?: string };

/** A Better Auth error (browser client or server) in words a person understands. */
export function describeAuthError(error: AuthErrorLike): string {
  return (
    messageForCode(error.code) ??
    (error.status ? BY_STATUS[error.status] : undefined) ??
    (error.message || "Something went wrong. Try again.")
  );
}
