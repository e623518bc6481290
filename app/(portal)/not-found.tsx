// Inside the area's document (header, messages, the visitor's language): the app-wide
// not-found page is prerendered and knows neither (decision 0017).
export { default } from "@/components/layout/not-found-page";
