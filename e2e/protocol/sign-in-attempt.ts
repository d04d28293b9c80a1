/** Password sign-in attempts over HTTP, each claiming a different client address. */

/** A random client address, sent as X-Forwarded-For by a client that tries to spoof it. */
export const spoofed = () =>
  `${1 + Math.floor(Math.random() * 220)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;

export async function attempt(base: string, email: string, password: string) {
  const res = await fetch(new URL("/api/auth/sign-in/email", base), {
    method: "POST",
    headers: { "content-type": "application/json", origin: base, "x-forwarded-for": spoofed() },
    body: JSON.stringify({ email, password }),
  });
  const body = (await res.json().catch(() => ({}))) as { code?: string; message?: string };
  return { status: res.status, retryAfter: res.headers.get("retry-after"), code: body.code };
}
