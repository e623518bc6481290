export * from "./answers";
export * from "./applicability";
export * from "./projection";
export * from "./score";
