CREATE TYPE "public"."evaluation_status" AS ENUM('draft', 'validated');--> statement-breakpoint
CREATE TABLE "answers" (
	"evaluation_id" uuid NOT NULL,
	"item_id" varchar(80) NOT NULL,
	"value" jsonb,
	"level" smallint,
	"not_concerned" boolean DEFAULT false NOT NULL,
	"justification" text,
	"planned_date" date,
	"comment" text,
	"evidence_document_id" uuid,
	"evidence_url" text,
	"revision" integer DEFAULT 1 NOT NULL,
	"updated_by_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "answers_evaluation_id_item_id_pk" PRIMARY KEY("evaluation_id","item_id"),
	CONSTRAINT "answers_level_range" CHECK ("answers"."level" is null or "answers"."level" between 0 and 4),
	CONSTRAINT "answers_level_or_not_concerned" CHECK (not ("answers"."not_concerned" and "answers"."level" is not null))
);
--> statement-breakpoint
CREATE TABLE "evaluation_positions" (
	"evaluation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"item_id" varchar(80) NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_positions_evaluation_id_user_id_pk" PRIMARY KEY("evaluation_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "evaluation_snapshots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"product_id" uuid,
	"theme" varchar(32) NOT NULL,
	"questionnaire_version" varchar(16) NOT NULL,
	"answers" jsonb NOT NULL,
	"result" jsonb NOT NULL,
	"score" double precision,
	"maturity" varchar(40),
	"compliant" boolean NOT NULL,
	"validated_by_id" uuid NOT NULL,
	"validated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"product_id" uuid,
	"theme" varchar(32) NOT NULL,
	"questionnaire_version" varchar(16) NOT NULL,
	"status" "evaluation_status" DEFAULT 'draft' NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"upgraded_from_id" uuid,
	"started_by_id" uuid,
	"validated_by_id" uuid,
	"validated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluations_theme" CHECK ("evaluations"."theme" in ('interoperability', 'security', 'urbanisation', 'strategy')),
	CONSTRAINT "evaluations_subject" CHECK (("evaluations"."theme" = 'strategy') = ("evaluations"."product_id" is null))
);
--> statement-breakpoint
ALTER TABLE "answers" ADD CONSTRAINT "answers_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answers" ADD CONSTRAINT "answers_evidence_document_id_documents_id_fk" FOREIGN KEY ("evidence_document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answers" ADD CONSTRAINT "answers_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_positions" ADD CONSTRAINT "evaluation_positions_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_positions" ADD CONSTRAINT "evaluation_positions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_snapshots" ADD CONSTRAINT "evaluation_snapshots_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_snapshots" ADD CONSTRAINT "evaluation_snapshots_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_snapshots" ADD CONSTRAINT "evaluation_snapshots_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_snapshots" ADD CONSTRAINT "evaluation_snapshots_validated_by_id_users_id_fk" FOREIGN KEY ("validated_by_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_upgraded_from_id_evaluations_id_fk" FOREIGN KEY ("upgraded_from_id") REFERENCES "public"."evaluations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_started_by_id_users_id_fk" FOREIGN KEY ("started_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_validated_by_id_users_id_fk" FOREIGN KEY ("validated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "answers_evidence_document_id_idx" ON "answers" USING btree ("evidence_document_id");--> statement-breakpoint
CREATE INDEX "answers_updated_by_id_idx" ON "answers" USING btree ("updated_by_id");--> statement-breakpoint
CREATE INDEX "evaluation_positions_user_id_idx" ON "evaluation_positions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "evaluation_snapshots_evaluation_id_idx" ON "evaluation_snapshots" USING btree ("evaluation_id","validated_at");--> statement-breakpoint
CREATE INDEX "evaluation_snapshots_company_id_idx" ON "evaluation_snapshots" USING btree ("company_id","theme","validated_at");--> statement-breakpoint
CREATE INDEX "evaluation_snapshots_product_id_idx" ON "evaluation_snapshots" USING btree ("product_id","theme","validated_at");--> statement-breakpoint
CREATE INDEX "evaluation_snapshots_validated_by_id_idx" ON "evaluation_snapshots" USING btree ("validated_by_id");--> statement-breakpoint
CREATE INDEX "evaluation_snapshots_theme_idx" ON "evaluation_snapshots" USING btree ("theme");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluations_subject_unique" ON "evaluations" USING btree ("company_id",coalesce("product_id", '00000000-0000-0000-0000-000000000000'::uuid),"theme","questionnaire_version");--> statement-breakpoint
CREATE INDEX "evaluations_product_id_idx" ON "evaluations" USING btree ("product_id","theme");--> statement-breakpoint
CREATE INDEX "evaluations_upgraded_from_id_idx" ON "evaluations" USING btree ("upgraded_from_id");--> statement-breakpoint
CREATE INDEX "evaluations_started_by_id_idx" ON "evaluations" USING btree ("started_by_id");--> statement-breakpoint
CREATE INDEX "evaluations_validated_by_id_idx" ON "evaluations" USING btree ("validated_by_id");