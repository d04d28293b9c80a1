import type { UserProfile } from "@/db/queries/users";
import { hasAdminRole } from "@/lib/auth";
import { ActionButton } from "../../_components/action-button";
import { formatDateTime } from "@/app/_components/ui/format-date";
import {
  banUser,
  deleteUser,
  revokeUserSessions,
  setAdminRole,
  unbanUser,
  unlockSignIn,
} from "../actions";
import { UserForm } from "./user-form";

function Panel({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section
      aria-label={title}
      className="rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <h3 className="mb-3 text-sm font-semibold">{title}</h3>
      {children}
    </section>
  );
}

/** Role, sessions, ban and delete controls of one user. */
export function UserActions({
  user,
  self,
  signInLock,
}: {
  user: UserProfile;
  self: boolean;
  /** Set while failed sign-ins keep this user's email locked (lib/sign-in-throttle.ts). */
  signInLock?: { failures: number; lockedUntil: Date };
}) {
  const isAdmin = hasAdminRole(user.role);
  const target = { userId: user.id };
  return (
    <section aria-labelledby="manage-heading" className="mt-8">
      <h2 id="manage-heading" className="mb-3 text-lg font-semibold">
        Manage
      </h2>
      <div className="grid gap-4 md:grid-cols-2">
        <Panel title="Role">
          <ActionButton
            action={setAdminRole}
            fields={{ ...target, admin: isAdmin ? "false" : "true" }}
            label={isAdmin ? "Remove admin" : "Make admin"}
          />
        </Panel>
        {signInLock ? (
          <Panel title="Sign-in locked">
            <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">
              {signInLock.failures} failed sign-ins; locked until{" "}
              {formatDateTime(signInLock.lockedUntil)}.
            </p>
            <ActionButton action={unlockSignIn} fields={target} label="Unlock sign-in" />
          </Panel>
        ) : null}
        <Panel title="Sessions">
          <ActionButton action={revokeUserSessions} fields={target} label="Sign out all sessions" />
        </Panel>
        <Panel title={user.banned ? "Ban" : "Ban user"}>
          {user.banned ? (
            <ActionButton action={unbanUser} fields={target} label="Unban user" />
          ) : self ? (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">You cannot ban yourself.</p>
          ) : (
            <UserForm
              action={banUser}
              userId={user.id}
              fields={[
                {
                  label: "Reason",
                  name: "reason",
                  hint: "Shown in the console only.",
                  maxLength: 300,
                },
                {
                  label: "Ban for (days)",
                  name: "days",
                  inputMode: "numeric",
                  hint: "Leave empty for a permanent ban.",
                },
              ]}
              submit="Ban user"
            />
          )}
        </Panel>
        <Panel title="Delete user">
          {self ? (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              You cannot delete your own account here.
            </p>
          ) : (
            <UserForm
              action={deleteUser}
              userId={user.id}
              fields={[
                {
                  label: "Type the user's email to confirm",
                  name: "confirmEmail",
                  autoComplete: "off",
                  hint: `Type ${user.email}. Deleting removes the account, its sessions, consents and tokens.`,
                },
              ]}
              submit="Delete user"
            />
          )}
        </Panel>
      </div>
    </section>
  );
}
