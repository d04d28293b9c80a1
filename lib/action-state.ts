/**
 * What a server action returns for expected failures (CONVENTIONS.md rule 4): a message, errors
 * per field and the submitted values to refill the form. Success redirects or says so in
 * `message`. Free of server imports: client forms read these types and helpers too.
 */
export type ActionState = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  values?: Record<string, string>;
};

export const initialActionState: ActionState = { ok: false };

/**
 * A form as a plain object for zod: `lists` name the multi-value fields (checkbox groups),
 * which become arrays (empty when nothing is ticked); every other field keeps its last value.
 */
export function readForm(formData: FormData, lists: readonly string[] = []) {
  const out: Record<string, unknown> = {};
  for (const [key, value] of formData) {
    if (key.startsWith("$ACTION") || typeof value !== "string") continue;
    if (lists.includes(key)) out[key] = [...((out[key] as string[] | undefined) ?? []), value];
    else out[key] = value;
  }
  for (const key of lists) out[key] ??= [];
  return out;
}

/** The submitted text fields, to refill a form after a failure; lists space-separated. */
export function formValues(
  formData: FormData,
  lists: readonly string[] = [],
): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === "string" && !key.startsWith("$ACTION") && !lists.includes(key)) {
      values[key] = value;
    }
  }
  for (const key of lists) values[key] = formData.getAll(key).join(" ");
  return values;
}

/** The ticked values of a checkbox group a failed submission kept, or `fallback` at first. */
export const ticked = (
  values: Record<string, string> | undefined,
  name: string,
  fallback: readonly string[],
): readonly string[] => {
  const kept = values?.[name];
  return kept === undefined ? fallback : kept.split(" ").filter(Boolean);
};

/** The first error of a field, as a form shows it. */
export const fieldError = (state: ActionState, name: string) => state.fieldErrors?.[name]?.[0];
