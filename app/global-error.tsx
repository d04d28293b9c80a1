"use client";

import "./globals.css";

/** Failures of the root layout itself: a self-contained page in the same style. */
export default function GlobalError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <html lang="en">
      <body className="min-h-dvh font-sans">
        <main className="flex min-h-dvh flex-col items-center justify-center px-4 py-10">
          <div className="w-full max-w-md rounded-2xl border border-zinc-200 bg-white p-6 shadow-sm sm:p-8 dark:border-zinc-800 dark:bg-zinc-900">
            <h1 className="text-xl font-semibold tracking-tight">Gatehouse is having trouble</h1>
            <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
              The portal could not load. Try again in a moment.
            </p>
            {error.digest ? (
              <p className="mt-4 font-mono text-xs text-zinc-600 dark:text-zinc-400">
                Reference: {error.digest}
              </p>
            ) : null}
            <div className="mt-6 grid gap-3 sm:grid-cols-2">
              <button
                type="button"
                onClick={reset}
                className="inline-flex h-10 items-center justify-center rounded-lg bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700"
              >
                Try again
              </button>
              {/* A full reload: the client router is what failed. */}
              {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- see above */}
              <a
                href="/"
                className="inline-flex h-10 items-center justify-center rounded-lg border border-zinc-300 px-4 text-sm font-medium dark:border-zinc-700"
              >
                Go home
              </a>
            </div>
          </div>
        </main>
      </body>
    </html>
  );
}
