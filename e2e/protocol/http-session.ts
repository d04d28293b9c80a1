/**
 * A cookie jar that talks to the provider like a browser script: it keeps the cookies the server
 * sets (and drops expired ones) and sends the same-origin `Origin` Better Auth expects on writes.
 * Framework-neutral: the Vitest protocol suite and the Playwright fixtures both build on it.
 */
export class HttpSession {
  private cookies = new Map<string, string>();

  constructor(readonly base: string) {}

  cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  protected store(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair = "", ...attrs] = line.split(";");
      const i = pair.indexOf("=");
      const name = pair.slice(0, i).trim();
      const value = pair.slice(i + 1).trim();
      const expired = attrs.some((a) => /max-age=0\b/i.test(a.trim())) || value === "";
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async post(url: string, body: unknown) {
    const res = await fetch(new URL(url, this.base), {
      method: "POST",
      redirect: "manual",
      headers: {
        cookie: this.cookieHeader(),
        "content-type": "application/json",
        origin: this.base,
      },
      body: JSON.stringify(body),
    });
    this.store(res);
    return res;
  }
}
