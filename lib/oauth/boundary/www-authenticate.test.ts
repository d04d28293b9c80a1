import { describe, expect, it } from "vitest";
import { challengeValue, wwwAuthenticate } from "./www-authenticate";

describe("WWW-Authenticate builder", () => {
  it("answers the bare scheme when there are no parameters", () => {
    expect(wwwAuthenticate("Basic")).toBe("Basic");
  });

  it("quotes each parameter in order after the scheme", () => {
    expect(
      wwwAuthenticate("Bearer", {
        error: "invalid_token",
        error_description: "The access token is invalid",
      }),
    ).toBe('Bearer error="invalid_token", error_description="The access token is invalid"');
    expect(wwwAuthenticate("DPoP", { error: "invalid_token" })).toBe('DPoP error="invalid_token"');
  });

  it("drops quotes and backslashes, which RFC 6750 §3 leaves out of the value set", () => {
    expect(challengeValue('say "hi" \\ bye')).toBe("say hi  bye");
    const header = wwwAuthenticate("Bearer", { error_description: 'a", realm="evil' });
    expect(header).toBe('Bearer error_description="a, realm=evil"');
  });

  it("drops control characters, including CR and LF, so no header can be injected", () => {
    expect(challengeValue("a\0b\tc\r\nd\x7Fe")).toBe("abcde");
  });

  it("drops characters outside ASCII", () => {
    expect(challengeValue("Parameter € contains a NUL byte")).toBe(
      "Parameter  contains a NUL byte",
    );
  });

  it("keeps every character the set allows", () => {
    const allowed = [0x20, 0x21, ...range(0x23, 0x5b), ...range(0x5d, 0x7e)]
      .map((c) => String.fromCharCode(c))
      .join("");
    expect(challengeValue(allowed)).toBe(allowed);
  });
});

function range(from: number, to: number) {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
