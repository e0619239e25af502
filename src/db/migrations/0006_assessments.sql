CREATE TABLE "assessment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"instrument_id" text NOT NULL,
	"instrument_version" text NOT NULL,
	"answers" jsonb NOT NULL,
	"context" jsonb NOT NULL,
	"total" integer,
	"band" text,
	"flags" jsonb NOT NULL,
	"subscales" jsonb NOT NULL,
	"findings" jsonb NOT NULL,
	"purpose" text NOT NULL,
	"entered_by" text NOT NULL,
	"entered_by_user_id" uuid,
	"completed_at" timestamp with time zone NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"confidentiality" text NOT NULL,
	CONSTRAINT "assessment_purpose" CHECK ("assessment"."purpose" in ('baseline', 'pre-session', 'post-session', 'follow-up', 'routine')),
	CONSTRAINT "assessment_entered_by" CHECK ("assessment"."entered_by" in ('patient', 'clinician', 'import')),
	CONSTRAINT "assessment_confidentiality" CHECK ("assessment"."confidentiality" in ('normal', 'part2'))
);
--> statement-breakpoint
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_patient_id_patient_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patient"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_entered_by_user_id_app_user_id_fk" FOREIGN KEY ("entered_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessment_patient_instrument" ON "assessment" USING btree ("organisation_id","patient_id","instrument_id","completed_at");--> statement-breakpoint
-- Completed assessments are evidence: corrections are new assessments, never edits.
CREATE TRIGGER assessment_append_only BEFORE UPDATE OR DELETE ON assessment
  FOR EACH ROW EXECUTE FUNCTION ketaclinic_refuse_change();
