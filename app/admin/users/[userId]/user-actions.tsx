import type { UserProfile } from "@/db/queries/users";
import { hasAdminRole } from "@/lib/auth";
import { ActionButton } from "../../_components/action-button";
import { revokeUserSessions, setAdminRole, unbanUser } from "../actions";
import { BanForm } from "./ban-form";
import { DeleteForm } from "./delete-form";

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
export function UserActions({ user, self }: { user: UserProfile; self: boolean }) {
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
        <Panel title="Sessions">
          <ActionButton action={revokeUserSessions} fields={target} label="Sign out all sessions" />
        </Panel>
        <Panel title={user.banned ? "Ban" : "Ban user"}>
          {user.banned ? (
            <ActionButton action={unbanUser} fields={target} label="Unban user" />
          ) : self ? (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">You cannot ban yourself.</p>
          ) : (
            <BanForm userId={user.id} />
          )}
        </Panel>
        <Panel title="Delete user">
          {self ? (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              You cannot delete your own account here.
            </p>
          ) : (
            <DeleteForm userId={user.id} email={user.email} />
          )}
        </Panel>
      </div>
    </section>
  );
}
