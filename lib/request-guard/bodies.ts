/**
 * Bodies the framework fails to decode before any of our code runs: a server action's body
 * (React's reply format: JSON text, or multipart/form-data) and a multipart POST to any page
 * (Next tries it as a progressive-enhancement action). Checked on the buffered bytes, with the
 * same parsers Next uses (WHATWG `formData()`, `JSON.parse`).
 */

/** Next's default `serverActions.bodySizeLimit` (1 MB); larger bodies answer 413. */
export const MAX_ACTION_BODY_BYTES = 1024 * 1024;

type Head = { method?: string; headers: Record<string, string | string[] | undefined> };

const header = (req: Head, name: string) => {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(",") : (value ?? "");
};

/** A server action call (`Next-Action`) or a multipart POST, which Next decodes itself. */
export function isFrameworkDecodedBody(req: Head): boolean {
  if (req.method !== "POST") return false;
  if (header(req, "next-action")) return true;
  return /^multipart\/form-data/i.test(header(req, "content-type"));
}

/** Why Next would fail to decode `body`, or undefined when it decodes. */
export async function frameworkBodyProblem(req: Head, body: Buffer): Promise<string | undefined> {
  const contentType = header(req, "content-type");
  if (/^multipart\/form-data/i.test(contentType)) {
    try {
      await new Response(new Uint8Array(body), {
        headers: { "content-type": contentType },
      }).formData();
      return undefined;
    } catch {
      return "The multipart/form-data body is malformed";
    }
  }
  if (!header(req, "next-action")) return undefined;
  try {
    JSON.parse(body.toString("utf8"));
    return undefined;
  } catch {
    return "The server action's body is malformed";
  }
}
