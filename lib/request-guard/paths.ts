/**
 * Request targets that Next cannot route safely: an encoded `/` or `\` (`/api%2fauth/…`) makes
 * the router's and the handler's idea of the path differ, and a percent sequence that does not
 * decode (`%`, `%ff`) or decodes to a NUL byte ends in a 500 inside the framework.
 */
export function pathProblem(target: string): string | undefined {
  const path = target.split("?", 1)[0] ?? "";
  if (/%(2f|5c)/i.test(path)) return "The request path contains an encoded slash";
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return "The request path is not validly percent-encoded";
  }
  if (decoded.includes("\0")) return "The request path contains a NUL byte";
  return undefined;
}
