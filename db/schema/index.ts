export * from "./enums";
export * from "./companies";
export * from "./users";
export * from "./products";
export * from "./audit";
export * from "./email";
