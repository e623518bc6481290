// Inside the area's document: there is no app-wide root layout to hold a 403 page (decision 0017).
export { default } from "@/components/layout/forbidden-page";
