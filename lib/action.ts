import * as z from "zod";

/**
 * What a server action returns for expected failures (CONVENTIONS.md rule 4): a message, errors
 * per field and the submitted values to refill the form. Success usually redirects instead.
 */
export type ActionState = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  values?: Record<string, string>;
};

export const initialActionState: ActionState = { ok: false };

/** The submitted text fields of a form, for refilling it after a failed action. */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}

/** The ActionState for a zod failure: field errors plus the values to refill. */
export function invalid(
  error: z.ZodError,
  formData: FormData,
  message = "Check the highlighted fields.",
): ActionState {
  return {
    ok: false,
    message,
    fieldErrors: z.flattenError(error).fieldErrors as Record<string, string[] | undefined>,
    values: formValues(formData),
  };
}
