"use client";

// Inside the area's document (header, messages): see components/layout/error-page.tsx.
export { default } from "@/components/layout/error-page";
