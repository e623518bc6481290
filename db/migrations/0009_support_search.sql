-- Support search (decision support-search): accent- and case-folded columns kept by the
-- database itself (generated from the source columns, so no writer can forget them) and
-- trigram GIN indexes for prefix (LIKE) and close (word similarity) matches.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
-- translate() maps accented Latin letters to their base letter; lower() then folds ASCII
-- case (whatever the database's collation). lib/support/fold.ts does the same for queries.
CREATE OR REPLACE FUNCTION conv_fold(value text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ select lower(replace(replace(replace(replace(translate(value,
    'ÀÁÂÃÄÅàáâãäåĀāÇçĆćČčÈÉÊËèéêëĒēĖėĘęÌÍÎÏìíîïĪīÑñŃńÒÓÔÕÖØòóôõöøŌōÙÚÛÜùúûüŪūÝýÿŸ',
    'AAAAAAaaaaaaAaCcCcCcEEEEeeeeEeEeEeIIIIiiiiIiNnNnOOOOOOooooooOoUUUUuuuuUuYyyY'),
    'Œ', 'OE'), 'œ', 'oe'), 'Æ', 'AE'), 'æ', 'ae')) $$;
--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "search_text" text
  GENERATED ALWAYS AS (conv_fold("legal_name" || ' ' || "city" || ' ' || "siren")) STORED;
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "search_text" text
  GENERATED ALWAYS AS (conv_fold("username" || ' ' || "email" || ' ' || "first_name" || ' ' || "last_name")) STORED;
--> statement-breakpoint
CREATE INDEX "companies_search_text_trgm" ON "companies" USING gin ("search_text" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX "users_search_text_trgm" ON "users" USING gin ("search_text" gin_trgm_ops);
--> statement-breakpoint
-- The emails sent to a company's people, looked up by address on the support pages.
CREATE INDEX "email_outbox_to_address_lower_idx" ON "email_outbox" (lower("to_address"), "created_at");
