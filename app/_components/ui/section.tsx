import { Card } from "./card";
import { TitleBar } from "./title-bar";

/**
 * A titled card inside a console page: an h2 (so each page keeps one h1), an optional
 * description, and the content. The section is labelled by its heading for landmarks.
 */
export function Section({
  id,
  title,
  description,
  actions,
  children,
}: {
  id: string;
  title: string;
  description?: React.ReactNode;
  actions?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-title`} className="mb-6">
      <Card>
        <TitleBar
          className="mb-4 gap-3"
          heading={
            <h2 id={`${id}-title`} className="text-base font-semibold tracking-tight">
              {title}
            </h2>
          }
          description={description}
          actions={actions}
        />
        {children}
      </Card>
    </section>
  );
}
