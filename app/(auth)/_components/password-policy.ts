import "server-only";
import { auth } from "@/lib/auth";

/** The minimum password length configured in lib/auth.ts, for hints and messages. */
export const minPasswordLength = () => auth.options.emailAndPassword?.minPasswordLength ?? 8;
