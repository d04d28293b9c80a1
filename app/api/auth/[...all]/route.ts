import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/lib/auth";
import { guardAuthHandler } from "@/lib/oauth/boundary";

export const { GET, POST, PATCH, PUT, DELETE } = guardAuthHandler(toNextJsHandler(auth));
