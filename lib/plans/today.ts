export { todayInParis } from "@/lib/format/date";
