import "server-only";
import { isAPIError } from "better-auth/api";
import { revalidatePath } from "next/cache";
import { headers as requestHeaders } from "next/headers";
import { notFound, redirect } from "next/navigation";
import * as z from "zod";
import { findMemberRole } from "@/db/queries/organizations";
import { recordAudit, type AuditInput } from "@/lib/audit";
import { messageForCode } from "@/lib/auth-messages";
import { canManageMembers } from "@/lib/organization-roles";
import { requestState } from "@/lib/server-hooks";
import { getSession, requireAdmin, requireSession, type Session } from "@/lib/session";
import { formValues, readForm, type ActionState } from "./action-state";

export { initialActionState, type ActionState } from "./action-state";

/**
 * The one frame of every server action (CONVENTIONS.md rule 4): authorise first (an outsider
 * gets 404 or the sign-in page whatever the input) → validate with zod → run the handler →
 * turn expected refusals (`refuse()`, Better Auth APIErrors) into a visible ActionState →
 * revalidate → redirect. Handlers audit through `ctx.audit`, which fills in the actor and the
 * request from the session.
 */
export type ActionContext = {
  session: Session;
  headers: Headers;
  /** Records an audit event by the signed-in user. */
  audit: (event: Omit<AuditInput, "actor" | "headers">) => Promise<void>;
  /** A path to revalidate once the handler has succeeded (`layout`: with everything below). */
  revalidate: (path: string, type?: "layout" | "page") => void;
};

class Refusal extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
  }
}

/** Ends a handler with an expected failure the form shows (a message and/or field errors). */
export function refuse(message: string, fieldErrors?: Record<string, string>): never {
  throw new Refusal(
    message,
    fieldErrors &&
      Object.fromEntries(Object.entries(fieldErrors).map(([field, text]) => [field, [text]])),
  );
}

const REDIRECT = Symbol("redirect");
type Redirect = { [REDIRECT]: string };
/** A handler's result that sends the browser on (after revalidation). */
export const redirectTo = (path: string): Redirect => ({ [REDIRECT]: path });

/** The readable reason of a Better Auth refusal, or null when `error` is not one. */
export function refusalMessage(error: unknown): string | null {
  if (!isAPIError(error)) return null;
  const body = error.body as { code?: unknown; error_description?: unknown; message?: unknown };
  const text = messageForCode(body?.code) ?? body?.error_description ?? body?.message;
  return typeof text === "string" && text ? text : error.message || "The request was refused.";
}

type Handler<Schema extends z.ZodType, State extends ActionState> = (
  input: z.output<Schema>,
  ctx: ActionContext,
  // The state type is the action's declared one (ActionState unless given), not the literals
  // a handler happens to return.
) => Promise<NoInfer<State> | Redirect>;

type Options = {
  /** Multi-value fields (checkbox groups): arrays for zod, kept space-separated in `values`. */
  lists?: readonly string[];
  /** The form-level message when validation fails. */
  invalidMessage?: string;
};

function frame<Schema extends z.ZodType, State extends ActionState>(
  authorise: (formData: FormData) => Promise<Session>,
  schema: Schema,
  handler: Handler<Schema, State>,
  { lists = [], invalidMessage = "Check the highlighted fields." }: Options,
) {
  return async (_previous: State, formData: FormData): Promise<State> => {
    // Tells lib/request-guard that the framework decoded this call: a 5xx from here on is ours.
    const request = requestState();
    if (request) request.actionStarted = true;
    const session = await authorise(formData);
    // A hand-made call can send any value: only a form is read (never a 500 on a bad body).
    if (!(formData instanceof FormData)) {
      return {
        ok: false,
        message: "The form could not be read. Reload the page and try again.",
      } as State;
    }
    const failed = (state: Omit<ActionState, "ok" | "values">) =>
      ({ ok: false, ...state, values: formValues(formData, lists) }) as State;
    const parsed = schema.safeParse(readForm(formData, lists));
    if (!parsed.success) {
      const { fieldErrors } = z.flattenError(parsed.error);
      return failed({
        message: invalidMessage,
        fieldErrors: fieldErrors as ActionState["fieldErrors"],
      });
    }
    const headers = await requestHeaders();
    const paths: [string, "layout" | "page" | undefined][] = [];
    const ctx: ActionContext = {
      session,
      headers,
      audit: (event) =>
        recordAudit({
          ...event,
          actor: { id: session.user.id, email: session.user.email },
          headers,
        }),
      revalidate: (path, type) => void paths.push([path, type]),
    };
    let result: State | Redirect;
    try {
      result = await handler(parsed.data, ctx);
    } catch (error) {
      if (error instanceof Refusal) {
        return failed({ message: error.message, fieldErrors: error.fieldErrors });
      }
      const message = refusalMessage(error);
      if (message === null) throw error;
      return failed({ message });
    }
    for (const [path, type] of paths) revalidatePath(path, type);
    if (REDIRECT in result) redirect(result[REDIRECT]);
    return result;
  };
}

/** A console action: non-admins get 404 before their input is read. */
export function adminAction<Schema extends z.ZodType, State extends ActionState = ActionState>(
  schema: Schema,
  handler: Handler<Schema, State>,
  options: Options = {},
) {
  return frame(requireAdmin, schema, handler, options);
}

/** An action of the signed-in user; anonymous callers go to sign-in and back to `returnTo`. */
export function sessionAction<Schema extends z.ZodType, State extends ActionState = ActionState>(
  returnTo: string,
  schema: Schema,
  handler: Handler<Schema, State>,
  options: Options = {},
) {
  return frame(() => requireSession(returnTo), schema, handler, options);
}

/** The organization an organization action runs in, with the caller's membership. */
export type ManagedOrganization = NonNullable<Awaited<ReturnType<typeof findMemberRole>>>;

async function managedOrganization(userId: string, organizationId: unknown) {
  if (typeof organizationId !== "string" || !organizationId) return undefined;
  const found = await findMemberRole(userId, organizationId);
  return found && canManageMembers(found.role) ? found : undefined;
}

/**
 * An action of an organization's owners and admins. The form names the organization in
 * `organizationId`; anyone who is not its owner or admin (non-members, plain members, anonymous
 * callers) gets 404 before the rest of their input is read, as in the console.
 */
export function organizationAction<
  Schema extends z.ZodType<{ organizationId: string }>,
  State extends ActionState = ActionState,
>(
  schema: Schema,
  handler: (
    input: z.output<Schema>,
    ctx: ActionContext,
    organization: ManagedOrganization,
  ) => Promise<NoInfer<State> | Redirect>,
  options: Options = {},
) {
  const authorise = async (formData: FormData) => {
    const session = await getSession();
    if (!session) notFound();
    // A call that is not shaped as a form (no state argument, say) is refused the same way.
    const organizationId = formData instanceof FormData ? formData.get("organizationId") : null;
    if (!(await managedOrganization(session.user.id, organizationId))) notFound();
    return session;
  };
  return frame<Schema, State>(
    authorise,
    schema,
    async (input, ctx) => {
      const organization = await managedOrganization(ctx.session.user.id, input.organizationId);
      if (!organization) notFound();
      return handler(input, ctx, organization);
    },
    options,
  );
}
