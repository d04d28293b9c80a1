import { describe, expect, it } from "vitest";
import { normaliseAsBrowser, safeReturnPath } from "./return-path";

const ORIGIN = "https://gatehouse.example";

/** The query value as the page receives it: `redirect_to=<raw>` decoded once, as Next does. */
const received = (raw: string) => new URLSearchParams(`redirect_to=${raw}`).get("redirect_to")!;

/** Where a browser on our origin would go with `href = path`. */
const landsOn = (path: string) => new URL(path, `${ORIGIN}/sign-in`).origin;

describe("safeReturnPath refuses every way out to another site", () => {
  // Raw query values (as typed into the address bar) from the attack probes and beyond.
  const attacks = [
    "//evil.example",
    "//evil.example/account",
    "/%09/evil.example",
    "/%0A/evil.example",
    "/%0D/evil.example",
    "/%0D%0A/evil.example",
    "%09//evil.example",
    "%20//evil.example",
    "%00//evil.example",
    "/%09%09/evil.example",
    "/%5Cevil.example",
    "%5C%5Cevil.example",
    "/%5C/evil.example",
    "%5C/evil.example",
    "/%2F%5Cevil.example",
    "/%2F%2Fevil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/.//evil.example",
    "/./%09/evil.example",
    "https://evil.example",
    "https:evil.example",
    "http://evil.example/account",
    "javascript:alert(1)",
    "%09javascript:alert(1)",
    "data:text/html,hi",
    "evil.example",
    "",
    `/${"a".repeat(3000)}`,
  ];
  it.each(attacks)("%s → /account", (raw) => {
    const value = received(raw);
    expect(safeReturnPath(value)).toBe("/account");
  });

  it("refuses undefined and null", () => {
    expect(safeReturnPath(undefined)).toBe("/account");
    expect(safeReturnPath(null, "/")).toBe("/");
  });
});

describe("safeReturnPath keeps same-origin paths", () => {
  const paths: [raw: string, expected: string][] = [
    ["/account", "/account"],
    ["/account/apps", "/account/apps"],
    ["%2Faccount%2Fsessions", "/account/sessions"],
    ["/admin/clients?page=2", "/admin/clients?page=2"],
    ["/account%3Ftab%3Dsecurity%23top", "/account?tab=security#top"],
    [
      "/api/auth/oauth2/authorize%3Fclient_id%3Dx%26scope%3Dopenid",
      "/api/auth/oauth2/authorize?client_id=x&scope=openid",
    ],
    ["/%252F%252Fevil.example", "/%2F%2Fevil.example"],
    ["/a/../account", "/account"],
    ["%09/account", "/account"],
  ];
  it.each(paths)("%s → %s", (raw, expected) => {
    expect(safeReturnPath(received(raw))).toBe(expected);
  });
});

describe("whatever comes in, the result stays on our origin", () => {
  it("holds for 5,000 random strings built from the dangerous characters (seeded)", () => {
    const seed = Number(process.env.RETURN_PATH_SEED ?? Date.now() % 1_000_000);
    console.log(`return-path fuzz seed=${seed}`);
    let state = seed;
    const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const alphabet = [
      "/",
      "\\",
      "\t",
      "\n",
      "\r",
      " ",
      ".",
      ":",
      "@",
      "%",
      "?",
      "#",
      "evil",
      "a",
      "\u0000",
      "\u000b",
    ];
    for (let i = 0; i < 5000; i++) {
      let s = "";
      const length = 1 + Math.floor(next() * 8);
      for (let j = 0; j < length; j++) s += alphabet[Math.floor(next() * alphabet.length)];
      const path = safeReturnPath(s);
      expect(landsOn(path), JSON.stringify(s)).toBe(ORIGIN);
      expect(path.startsWith("/") && !path.startsWith("//"), JSON.stringify(s)).toBe(true);
    }
  });
});

describe("normaliseAsBrowser", () => {
  it("strips outer controls and spaces, inner tabs and newlines, and turns backslashes into slashes", () => {
    expect(normaliseAsBrowser(" \u0000/\t/\nevil.example\\x\r\n ")).toBe("//evil.example/x");
  });
});
