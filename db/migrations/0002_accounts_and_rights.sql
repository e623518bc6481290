CREATE TYPE "public"."account_request_status" AS ENUM('pending', 'approved', 'rejected', 'info_requested');--> statement-breakpoint
CREATE TYPE "public"."grant_kind" AS ENUM('create_users', 'create_products', 'product', 'strategy');--> statement-breakpoint
CREATE TYPE "public"."grant_level" AS ENUM('draft', 'validate');--> statement-breakpoint
CREATE TYPE "public"."token_purpose" AS ENUM('activation', 'password_reset', 'email_change', 'request_completion');--> statement-breakpoint
CREATE SEQUENCE "public"."account_request_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"purpose" text NOT NULL,
	"name" text NOT NULL,
	"mime_type" varchar(100) NOT NULL,
	"size" integer NOT NULL,
	"sha256" varchar(64) NOT NULL,
	"bytes" "bytea" NOT NULL,
	"company_id" uuid,
	"uploaded_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "account_request_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"message" text,
	"actor_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "account_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"status" "account_request_status" DEFAULT 'pending' NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"siren" varchar(9) NOT NULL,
	"legal_name" text NOT NULL,
	"address_line" text NOT NULL,
	"postal_code" varchar(10) NOT NULL,
	"city" text NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"email" text NOT NULL,
	"phone" text NOT NULL,
	"job_title" text NOT NULL,
	"is_legal_representative" boolean NOT NULL,
	"authorisation_document_id" uuid,
	"locale" varchar(5) DEFAULT 'fr' NOT NULL,
	"terms_version" text NOT NULL,
	"terms_accepted_at" timestamp with time zone NOT NULL,
	"decision_reason" text,
	"company_id" uuid,
	"user_id" uuid,
	"decided_by_id" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"purpose" "token_purpose" NOT NULL,
	"token_hash" text NOT NULL,
	"user_id" uuid,
	"account_request_id" uuid,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "grants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"kind" "grant_kind" NOT NULL,
	"product_id" uuid,
	"level" "grant_level",
	"granted_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grants_shape" CHECK (("grants"."kind" in ('create_users', 'create_products') and "grants"."product_id" is null and "grants"."level" is null)
        or ("grants"."kind" = 'product' and "grants"."product_id" is not null and "grants"."level" is not null)
        or ("grants"."kind" = 'strategy' and "grants"."product_id" is null and "grants"."level" is not null))
);
--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_request_events" ADD CONSTRAINT "account_request_events_request_id_account_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."account_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_request_events" ADD CONSTRAINT "account_request_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_requests" ADD CONSTRAINT "account_requests_authorisation_document_id_documents_id_fk" FOREIGN KEY ("authorisation_document_id") REFERENCES "public"."documents"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_requests" ADD CONSTRAINT "account_requests_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_requests" ADD CONSTRAINT "account_requests_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_requests" ADD CONSTRAINT "account_requests_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tokens" ADD CONSTRAINT "tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tokens" ADD CONSTRAINT "tokens_account_request_id_account_requests_id_fk" FOREIGN KEY ("account_request_id") REFERENCES "public"."account_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grants" ADD CONSTRAINT "grants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grants" ADD CONSTRAINT "grants_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grants" ADD CONSTRAINT "grants_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grants" ADD CONSTRAINT "grants_granted_by_id_users_id_fk" FOREIGN KEY ("granted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "documents_company_id_idx" ON "documents" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "documents_uploaded_by_id_idx" ON "documents" USING btree ("uploaded_by_id");--> statement-breakpoint
CREATE INDEX "account_request_events_request_id_idx" ON "account_request_events" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "account_request_events_actor_id_idx" ON "account_request_events" USING btree ("actor_id");--> statement-breakpoint
CREATE UNIQUE INDEX "account_requests_reference_unique" ON "account_requests" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "account_requests_status_idx" ON "account_requests" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "account_requests_siren_idx" ON "account_requests" USING btree ("siren");--> statement-breakpoint
CREATE INDEX "account_requests_email_idx" ON "account_requests" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "account_requests_document_idx" ON "account_requests" USING btree ("authorisation_document_id");--> statement-breakpoint
CREATE INDEX "account_requests_company_id_idx" ON "account_requests" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "account_requests_user_id_idx" ON "account_requests" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "account_requests_decided_by_id_idx" ON "account_requests" USING btree ("decided_by_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tokens_token_hash_unique" ON "tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "tokens_user_id_idx" ON "tokens" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "tokens_account_request_id_idx" ON "tokens" USING btree ("account_request_id");--> statement-breakpoint
CREATE UNIQUE INDEX "grants_unique" ON "grants" USING btree ("user_id","kind",coalesce("product_id", '00000000-0000-0000-0000-000000000000'::uuid));--> statement-breakpoint
CREATE INDEX "grants_company_id_idx" ON "grants" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "grants_product_id_idx" ON "grants" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "grants_granted_by_id_idx" ON "grants" USING btree ("granted_by_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_one_active_responsable" ON "users" USING btree ("company_id") WHERE "users"."company_role" = 'responsable' and "users"."status" = 'active';