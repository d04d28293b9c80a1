/**
 * How a client reads in a console picker: its name with its client ID, since names need not be
 * unique and two clients of one name must be told apart.
 */
export const clientChoiceLabel = (c: { clientId: string; name?: string | null }) =>
  c.name ? `${c.name} (${c.clientId})` : c.clientId;
