import * as z from "zod";

export const revokeAppSchema = z.object({ clientId: z.string().min(1).max(200) });
