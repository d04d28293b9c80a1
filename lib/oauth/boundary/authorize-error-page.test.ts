import { describe, expect, it } from "vitest";
import { authorizeErrorAsPage } from "./authorize-error-page";

const ORIGIN = "https://id.example.com";
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

describe("authorizeErrorAsPage", () => {
  it("sends a navigation's JSON refusal to the error page with its code and description", async () => {
    const res = await authorizeErrorAsPage(
      json(400, { error: "invalid_client", error_description: "document refused" }),
      "navigate",
      ORIGIN,
    );
    expect(res.status).toBe(302);
    const target = new URL(res.headers.get("location") ?? "");
    expect(target.origin + target.pathname).toBe(`${ORIGIN}/error`);
    expect(target.searchParams.get("error")).toBe("invalid_client");
    expect(target.searchParams.get("error_description")).toBe("document refused");
  });

  it("names invalid_request when the body has no error code", async () => {
    const res = await authorizeErrorAsPage(json(401, { message: "no" }), "navigate", ORIGIN);
    expect(new URL(res.headers.get("location") ?? "").searchParams.get("error")).toBe(
      "invalid_request",
    );
  });

  it("leaves scripts, redirects, successes and HTML answers as they are", async () => {
    const refusal = json(400, { error: "invalid_client" });
    expect(await authorizeErrorAsPage(refusal, "cors", ORIGIN)).toBe(refusal);
    expect(await authorizeErrorAsPage(refusal, null, ORIGIN)).toBe(refusal);
    const redirect = new Response(null, { status: 302, headers: { location: "/sign-in" } });
    expect(await authorizeErrorAsPage(redirect, "navigate", ORIGIN)).toBe(redirect);
    const page = new Response("<p>x</p>", {
      status: 400,
      headers: { "content-type": "text/html" },
    });
    expect(await authorizeErrorAsPage(page, "navigate", ORIGIN)).toBe(page);
  });
});
