// The library ships no types: it returns the holidays of a year by French name.
declare module "@socialgouv/jours-feries" {
  export default function joursFeries(year: number, options?: { alsace?: boolean }): Record<string, Date>;
}
