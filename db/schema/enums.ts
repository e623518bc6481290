import { pgEnum } from "drizzle-orm/pg-core";

export const companyStatus = pgEnum("company_status", ["active", "disabled"]);
export const companyRole = pgEnum("company_role", ["responsable", "contributor"]);
export const agencyRole = pgEnum("agency_role", ["operator", "support", "admin"]);
export const userStatus = pgEnum("user_status", ["invited", "active", "disabled"]);
export const productKind = pgEnum("product_kind", ["base", "option"]);
export const productStatus = pgEnum("product_status", ["active", "archived"]);
export const outboxStatus = pgEnum("outbox_status", ["pending", "sending", "sent", "failed"]);
export const accountRequestStatus = pgEnum("account_request_status", ["pending", "approved", "rejected", "info_requested"]);
export const tokenPurpose = pgEnum("token_purpose", ["activation", "password_reset", "email_change", "request_completion"]);
export const grantKind = pgEnum("grant_kind", ["create_users", "create_products", "product", "strategy"]);
export const grantLevel = pgEnum("grant_level", ["draft", "validate"]);
