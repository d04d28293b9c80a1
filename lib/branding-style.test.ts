import { describe, expect, it } from "vitest";
import { accentVariables } from "./branding-style";

describe("accent colour variables", () => {
  it("derives the brand shades from one #rrggbb colour", () => {
    const vars = accentVariables("#0f766e");
    expect(vars["--color-brand-600"]).toBe("#0f766e");
    expect(vars["--color-brand-700"]).toBe("color-mix(in oklch, #0f766e 82%, black)");
    expect(Object.keys(vars)).toHaveLength(5);
  });

  it("writes nothing for a missing or malformed colour", () => {
    expect(accentVariables(null)).toEqual({});
    expect(accentVariables("red; background: url(x)")).toEqual({});
    expect(accentVariables("#fff")).toEqual({});
  });
});
