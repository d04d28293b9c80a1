import { describe, expect, it } from "vitest";
import { frameworkBodyProblem, isFrameworkDecodedBody } from "./bodies";

const action = (contentType: string) => ({
  method: "POST",
  headers: { "next-action": "7f00", "content-type": contentType },
});
const page = (contentType: string) => ({
  method: "POST",
  headers: { "content-type": contentType },
});

describe("bodies Next decodes itself", () => {
  it("are server action calls and multipart POSTs", () => {
    expect(isFrameworkDecodedBody(action("text/plain"))).toBe(true);
    expect(isFrameworkDecodedBody(page("multipart/form-data; boundary=x"))).toBe(true);
    expect(isFrameworkDecodedBody(page("application/json"))).toBe(false);
    expect(isFrameworkDecodedBody({ method: "GET", headers: { "next-action": "7f00" } })).toBe(
      false,
    );
  });

  it("refuse a malformed multipart body and an action body that is not JSON", async () => {
    const bad = Buffer.from("--x\r\ncontent-disposition: form-data\r\n\r\nv\r\n--x--");
    expect(await frameworkBodyProblem(page("multipart/form-data; boundary=x"), bad)).toMatch(
      /multipart/,
    );
    expect(await frameworkBodyProblem(page("multipart/form-data"), bad)).toMatch(/multipart/);
    expect(await frameworkBodyProblem(action("text/plain"), Buffer.from("["))).toMatch(/action/);
  });

  it("accept well-formed bodies", async () => {
    const form = Buffer.from(
      '--x\r\ncontent-disposition: form-data; name="a"\r\n\r\nv\r\n--x--\r\n',
    );
    expect(await frameworkBodyProblem(page("multipart/form-data; boundary=x"), form)).toBe(
      undefined,
    );
    expect(await frameworkBodyProblem(action("text/plain"), Buffer.from('["$K1"]'))).toBe(
      undefined,
    );
  });
});
