"use client";

/**
 * Only reached when an area's document itself fails (its layout or the shell): every page's
 * errors are caught by its area's error.tsx, inside the header and the messages. Nothing is
 * left to lean on here, so the page is self-contained and says it in both languages.
 */
export default function ShellError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="fr">
      <body style={{ fontFamily: "system-ui, sans-serif", margin: "2rem" }}>
        <main role="alert">
          <h1>Une erreur est survenue</h1>
          <p lang="en">Something went wrong.</p>
          <button type="button" onClick={reset}>
            Réessayer <span lang="en">(Try again)</span>
          </button>
        </main>
      </body>
    </html>
  );
}
