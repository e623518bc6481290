import type { Config } from "tailwindcss";

// Design tokens in the spirit of the French State design system (DSFR). Components use
// these names (bg-primary, text-error…), never raw colour values.
const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}", "./lib/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        primary: { DEFAULT: "#000091", hover: "#1212ff", active: "#2323ff", light: "#e3e3fd", lighter: "#f5f5fe" },
        marianne: "#e1000f",
        error: { DEFAULT: "#ce0500", light: "#ffe9e9" },
        success: { DEFAULT: "#18753c", light: "#b8fec9" },
        info: { DEFAULT: "#0063cb", light: "#e8edff" },
        warning: { DEFAULT: "#b34000", light: "#ffe9e6" },
        ink: { DEFAULT: "#161616", soft: "#3a3a3a", mute: "#666666" },
        line: { DEFAULT: "#dddddd", strong: "#929292" },
        surface: { DEFAULT: "#ffffff", alt: "#f6f6f6", raised: "#eeeeee" },
      },
      fontFamily: {
        sans: ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"],
      },
      maxWidth: { page: "78rem" },
    },
  },
};

export default config;
