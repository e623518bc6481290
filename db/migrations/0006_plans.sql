CREATE TABLE "plan_lines" (
	"plan_id" uuid NOT NULL,
	"requirement_id" varchar(80) NOT NULL,
	"theme" varchar(32) NOT NULL,
	"planned_level" smallint NOT NULL,
	"planned_quarter" varchar(7) NOT NULL,
	"owner_id" uuid,
	"note" text,
	"reached_at" timestamp with time zone,
	"revision" integer DEFAULT 1 NOT NULL,
	"updated_by_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_lines_plan_id_requirement_id_pk" PRIMARY KEY("plan_id","requirement_id"),
	CONSTRAINT "plan_lines_level_range" CHECK ("plan_lines"."planned_level" between 0 and 4),
	CONSTRAINT "plan_lines_quarter" CHECK ("plan_lines"."planned_quarter" ~ '^[0-9]{4}-T[1-4]$')
);
--> statement-breakpoint
CREATE TABLE "plan_snapshots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"product_id" uuid,
	"plan_revision" integer NOT NULL,
	"content" jsonb NOT NULL,
	"compliant_from" varchar(7),
	"validated_by_id" uuid NOT NULL,
	"validated_by_name" text NOT NULL,
	"validated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"product_id" uuid,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "plan_lines" ADD CONSTRAINT "plan_lines_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_lines" ADD CONSTRAINT "plan_lines_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_lines" ADD CONSTRAINT "plan_lines_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_snapshots" ADD CONSTRAINT "plan_snapshots_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_snapshots" ADD CONSTRAINT "plan_snapshots_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_snapshots" ADD CONSTRAINT "plan_snapshots_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_snapshots" ADD CONSTRAINT "plan_snapshots_validated_by_id_users_id_fk" FOREIGN KEY ("validated_by_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_lines_owner_id_idx" ON "plan_lines" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "plan_lines_updated_by_id_idx" ON "plan_lines" USING btree ("updated_by_id");--> statement-breakpoint
CREATE INDEX "plan_snapshots_plan_id_idx" ON "plan_snapshots" USING btree ("plan_id","validated_at");--> statement-breakpoint
CREATE INDEX "plan_snapshots_company_id_idx" ON "plan_snapshots" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "plan_snapshots_product_id_idx" ON "plan_snapshots" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "plan_snapshots_validated_by_id_idx" ON "plan_snapshots" USING btree ("validated_by_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_subject_unique" ON "plans" USING btree ("company_id",coalesce("product_id", '00000000-0000-0000-0000-000000000000'::uuid));--> statement-breakpoint
CREATE INDEX "plans_product_id_idx" ON "plans" USING btree ("product_id");