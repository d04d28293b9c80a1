import { describe, expect, it } from "vitest";
import { pathProblem } from "./paths";

describe("pathProblem", () => {
  it.each([
    "/api%2fauth/oauth2/token",
    "/api%2Fauth/oauth2/token",
    "/sign-in%5c..",
    "/sign-in%",
    "/sign-in%ff",
    "/sign-in%00",
  ])("refuses %s", (target) => {
    expect(pathProblem(target)).toBeTypeOf("string");
  });

  it.each([
    "/",
    "/api/auth/oauth2/token",
    "/sign-in?redirect_to=%2Faccount&x=a+b",
    "/consent?scope=openid%20profile&sig=abc",
    "/caf%C3%A9",
  ])("lets %s through", (target) => {
    expect(pathProblem(target)).toBeUndefined();
  });
});
