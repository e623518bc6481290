// The one place figures, dates and quarters are turned into text (see decision 0011).
export * from "./number";
export * from "./date";
export * from "./quarter";
