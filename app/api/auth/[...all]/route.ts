import { toNextJsHandler } from "better-auth/next-js";
import { isClientRedirectOrigin } from "@/db/queries/cors-origins";
import { auth } from "@/lib/auth";
import { guardAuthHandler } from "@/lib/oauth/boundary";

export const { GET, POST, PATCH, PUT, DELETE, OPTIONS } = guardAuthHandler(toNextJsHandler(auth), {
  originCheck: isClientRedirectOrigin,
});
