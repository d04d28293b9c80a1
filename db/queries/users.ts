import { count, eq, like, or, sql } from "drizzle-orm";
import { db } from "@/db";
import { totalOf } from "./count";
import { user } from "@/db/schema";

export type UserProfile = {
  id: string;
  name: string;
  email: string;
  emailVerified: boolean;
  role: string | null;
  banned: boolean | null;
  banReason: string | null;
  banExpires: Date | null;
  twoFactorEnabled: boolean | null;
  createdAt: Date;
};

const profileColumns = {
  id: true,
  name: true,
  email: true,
  emailVerified: true,
  role: true,
  banned: true,
  banReason: true,
  banExpires: true,
  twoFactorEnabled: true,
  createdAt: true,
} as const;

/** A user's profile for the console (no credentials: those live in other tables). */
export async function findUserProfile(userId: string): Promise<UserProfile | undefined> {
  return db.query.user.findFirst({ columns: profileColumns, where: eq(user.id, userId) });
}

/**
 * How many admins exist (roles are stored comma-separated, so `admin` may be one of several).
 * The console refuses to demote, ban or delete the last one.
 */
export async function countAdmins(): Promise<number> {
  const counted = await db
    .select({ total: count() })
    .from(user)
    .where(
      or(
        eq(user.role, "admin"),
        like(user.role, "admin,%"),
        like(user.role, "%,admin"),
        like(user.role, "%,admin,%"),
      ),
    );
  return totalOf(counted);
}

/** The id of the user with `email` (compared lower-cased), for audit entries. */
export async function findUserIdByEmail(email: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: user.id })
    .from(user)
    .where(eq(sql`lower(${user.email})`, email.toLowerCase()))
    .limit(1);
  return row?.id;
}
