CREATE TABLE "self_report_link" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"instrument_ids" jsonb NOT NULL,
	"completed_instrument_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"drafts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "self_report_link_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "self_report_link_window" CHECK ("self_report_link"."expires_at" > "self_report_link"."created_at")
);
--> statement-breakpoint
ALTER TABLE "self_report_link" ADD CONSTRAINT "self_report_link_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_report_link" ADD CONSTRAINT "self_report_link_patient_id_patient_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patient"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_report_link" ADD CONSTRAINT "self_report_link_created_by_user_id_app_user_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "self_report_link_patient" ON "self_report_link" USING btree ("organisation_id","patient_id");