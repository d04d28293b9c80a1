/**
 * True when a Better Auth answer tells the browser client to navigate (`{ redirect, url }`): the
 * client's redirect plugin is already following it, so the form must not navigate elsewhere.
 */
export const followsRedirect = (data: unknown) =>
  !!data &&
  typeof data === "object" &&
  "redirect" in data &&
  !!(data as { redirect: unknown }).redirect &&
  "url" in data;
