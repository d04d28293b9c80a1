import { describe, expect, it } from "vitest";
import { parseUserAgent } from "./user-agent";

describe("parseUserAgent", () => {
  it("reads Chrome on Linux", () => {
    expect(
      parseUserAgent(
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
      ),
    ).toEqual({ browser: "Chrome 131", os: "Linux", mobile: false });
  });

  it("reads Edge on Windows, not Chrome", () => {
    expect(
      parseUserAgent(
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91",
      ),
    ).toEqual({ browser: "Edge 120", os: "Windows", mobile: false });
  });

  it("reads Safari on an iPhone as mobile iOS", () => {
    expect(
      parseUserAgent(
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1",
      ),
    ).toEqual({ browser: "Safari 17", os: "iOS", mobile: true });
  });

  it("reads Firefox on macOS", () => {
    expect(
      parseUserAgent(
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.2; rv:121.0) Gecko/20100101 Firefox/121.0",
      ),
    ).toEqual({ browser: "Firefox 121", os: "macOS", mobile: false });
  });

  it("reads Chrome on Android as mobile", () => {
    expect(
      parseUserAgent(
        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.144 Mobile Safari/537.36",
      ),
    ).toEqual({ browser: "Chrome 120", os: "Android 14", mobile: true });
  });

  it("reads headless Chrome and command-line clients", () => {
    expect(parseUserAgent("Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/131.0.0.0").browser).toBe(
      "Headless Chrome 131",
    );
    expect(parseUserAgent("curl/8.5.0")).toEqual({
      browser: "curl 8",
      os: "Unknown system",
      mobile: false,
    });
  });

  it("says unknown for a missing or unrecognised header", () => {
    expect(parseUserAgent(null)).toEqual({
      browser: "Unknown browser",
      os: "Unknown system",
      mobile: false,
    });
    expect(parseUserAgent("something/1.0").browser).toBe("Unknown browser");
  });
});
