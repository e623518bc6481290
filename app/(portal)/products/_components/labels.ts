// Kept as a re-export so existing imports keep working; the function lives in lib/products/label.ts.
export { deviceLabel, osLabel, productLabel } from "@/lib/products/label";
