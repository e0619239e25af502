CREATE TABLE "intake" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"status" text DEFAULT 'in-progress' NOT NULL,
	"sections" jsonb NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"confidentiality" text DEFAULT 'normal' NOT NULL,
	"updated_by_user_id" uuid NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"completed_by_user_id" uuid,
	"completed_at" timestamp with time zone,
	CONSTRAINT "intake_patient" UNIQUE("organisation_id","patient_id"),
	CONSTRAINT "intake_status" CHECK ("intake"."status" in ('in-progress', 'completed')),
	CONSTRAINT "intake_confidentiality" CHECK ("intake"."confidentiality" in ('normal', 'part2')),
	CONSTRAINT "intake_completed_consistently" CHECK (("intake"."status" = 'completed') = ("intake"."completed_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "eligibility_decision" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"route" text NOT NULL,
	"decision" text NOT NULL,
	"evaluated_decision" text NOT NULL,
	"override" text NOT NULL,
	"justification" text,
	"facts" jsonb NOT NULL,
	"reasons" jsonb NOT NULL,
	"rule_set_version" integer NOT NULL,
	"decided_by_user_id" uuid NOT NULL,
	"decided_at" timestamp with time zone NOT NULL,
	"confidentiality" text NOT NULL,
	CONSTRAINT "eligibility_decision_decision" CHECK ("eligibility_decision"."decision" in ('proceed', 'decline')),
	CONSTRAINT "eligibility_decision_evaluated" CHECK ("eligibility_decision"."evaluated_decision" in ('eligible', 'needs-review', 'excluded')),
	CONSTRAINT "eligibility_decision_override" CHECK ("eligibility_decision"."override" in ('none', 'relative', 'absolute')),
	CONSTRAINT "eligibility_decision_justified" CHECK ("eligibility_decision"."override" = 'none' or length(btrim(coalesce("eligibility_decision"."justification", ''))) >= 10),
	CONSTRAINT "eligibility_decision_route" CHECK ("eligibility_decision"."route" in ('iv', 'im', 'intranasal-esketamine', 'oral', 'sublingual')),
	CONSTRAINT "eligibility_decision_confidentiality" CHECK ("eligibility_decision"."confidentiality" in ('normal', 'part2'))
);
--> statement-breakpoint
CREATE TABLE "eligibility_rule_set" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"rules" jsonb NOT NULL,
	"written_by_user_id" uuid NOT NULL,
	"written_at" timestamp with time zone NOT NULL,
	CONSTRAINT "eligibility_rule_set_version" UNIQUE("organisation_id","version"),
	CONSTRAINT "eligibility_rule_set_version_positive" CHECK ("eligibility_rule_set"."version" > 0)
);
--> statement-breakpoint
CREATE TABLE "consent_document" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"content_hash" text NOT NULL,
	"published_by_user_id" uuid,
	"published_at" timestamp with time zone NOT NULL,
	CONSTRAINT "consent_document_version" UNIQUE("organisation_id","kind","version"),
	CONSTRAINT "consent_document_kind" CHECK ("consent_document"."kind" in ('racemic-iv-im', 'esketamine-intranasal', 'racemic-oral-sublingual')),
	CONSTRAINT "consent_document_hash" CHECK ("consent_document"."content_hash" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE TABLE "consent_signature" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"document_version" integer NOT NULL,
	"document_hash" text NOT NULL,
	"typed_name" text NOT NULL,
	"signature_image" text NOT NULL,
	"signed_at" timestamp with time zone NOT NULL,
	"signed_via" text NOT NULL,
	"collected_by_user_id" uuid NOT NULL,
	"countersigned_by_user_id" uuid,
	"countersigned_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"revoked_by_user_id" uuid,
	"revocation_reason" text,
	CONSTRAINT "consent_signature_signed_via" CHECK ("consent_signature"."signed_via" in ('in-clinic', 'portal')),
	CONSTRAINT "consent_signature_typed_name" CHECK (length(btrim("consent_signature"."typed_name")) between 2 and 200),
	CONSTRAINT "consent_signature_image" CHECK (starts_with("consent_signature"."signature_image", 'data:image/png' || chr(59) || 'base64,')),
	CONSTRAINT "consent_signature_countersigned" CHECK (("consent_signature"."countersigned_by_user_id" is null) = ("consent_signature"."countersigned_at" is null)),
	CONSTRAINT "consent_signature_revoked" CHECK (("consent_signature"."revoked_at" is null) = ("consent_signature"."revoked_by_user_id" is null))
);
--> statement-breakpoint
CREATE TABLE "rems_patient_enrolment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"rems_patient_id" text NOT NULL,
	"enrolled_on" date NOT NULL,
	"patient_signed_on" date NOT NULL,
	"prescriber_user_id" uuid NOT NULL,
	"prescriber_signed_on" date NOT NULL,
	"recorded_by_user_id" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "rems_patient_enrolment_patient" UNIQUE("organisation_id","patient_id"),
	CONSTRAINT "rems_patient_enrolment_id_present" CHECK (length(btrim("rems_patient_enrolment"."rems_patient_id")) between 1 and 64)
);
--> statement-breakpoint
CREATE TABLE "rems_setting_certification" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"authorised_representative" text NOT NULL,
	"certified_on" date NOT NULL,
	"rems_setting_id" text,
	"recorded_by_user_id" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "rems_setting_certification_location" UNIQUE("organisation_id","location_id"),
	CONSTRAINT "rems_setting_certification_representative" CHECK (length(btrim("rems_setting_certification"."authorised_representative")) between 1 and 200)
);
--> statement-breakpoint
CREATE TABLE "treatment_plan_session" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"sequence" integer NOT NULL,
	"planned_date" date NOT NULL,
	"start_time" text NOT NULL,
	"phase" text NOT NULL,
	"dose" jsonb NOT NULL,
	"note" text,
	CONSTRAINT "treatment_plan_session_sequence" UNIQUE("organisation_id","plan_id","sequence"),
	CONSTRAINT "treatment_plan_session_phase" CHECK ("treatment_plan_session"."phase" in ('induction', 'maintenance')),
	CONSTRAINT "treatment_plan_session_time" CHECK ("treatment_plan_session"."start_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$')
);
--> statement-breakpoint
CREATE TABLE "treatment_plan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"status" text NOT NULL,
	"route" text NOT NULL,
	"indications" jsonb NOT NULL,
	"protocol_key" text NOT NULL,
	"protocol_version" integer NOT NULL,
	"protocol" jsonb NOT NULL,
	"starting_dose" jsonb NOT NULL,
	"goals" text NOT NULL,
	"integration_therapist_user_id" uuid,
	"start_date" date NOT NULL,
	"status_reason" text,
	"created_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"activated_by_user_id" uuid,
	"activated_at" timestamp with time zone,
	"ended_by_user_id" uuid,
	"ended_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL,
	"confidentiality" text NOT NULL,
	CONSTRAINT "treatment_plan_status" CHECK ("treatment_plan"."status" in ('draft', 'active', 'completed', 'stopped')),
	CONSTRAINT "treatment_plan_route" CHECK ("treatment_plan"."route" in ('iv', 'im', 'intranasal-esketamine', 'oral', 'sublingual')),
	CONSTRAINT "treatment_plan_activated" CHECK ("treatment_plan"."status" = 'draft' or "treatment_plan"."activated_at" is not null or "treatment_plan"."status" = 'stopped'),
	CONSTRAINT "treatment_plan_ended_with_reason" CHECK ("treatment_plan"."status" not in ('completed', 'stopped') or ("treatment_plan"."ended_at" is not null and length(btrim(coalesce("treatment_plan"."status_reason", ''))) > 0)),
	CONSTRAINT "treatment_plan_confidentiality" CHECK ("treatment_plan"."confidentiality" in ('normal', 'part2'))
);
--> statement-breakpoint
CREATE TABLE "treatment_protocol" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"key" text NOT NULL,
	"version" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"written_by_user_id" uuid NOT NULL,
	"written_at" timestamp with time zone NOT NULL,
	CONSTRAINT "treatment_protocol_version" UNIQUE("organisation_id","key","version"),
	CONSTRAINT "treatment_protocol_version_positive" CHECK ("treatment_protocol"."version" > 0)
);
--> statement-breakpoint
ALTER TABLE "clinic_location" ADD COLUMN "opening_hours" jsonb;--> statement-breakpoint
ALTER TABLE "patient_medication" ADD COLUMN "dose_mg_per_day" numeric(8, 2);--> statement-breakpoint
ALTER TABLE "intake" ADD CONSTRAINT "intake_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake" ADD CONSTRAINT "intake_patient_id_patient_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patient"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake" ADD CONSTRAINT "intake_updated_by_user_id_app_user_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake" ADD CONSTRAINT "intake_completed_by_user_id_app_user_id_fk" FOREIGN KEY ("completed_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eligibility_decision" ADD CONSTRAINT "eligibility_decision_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eligibility_decision" ADD CONSTRAINT "eligibility_decision_patient_id_patient_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patient"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eligibility_decision" ADD CONSTRAINT "eligibility_decision_decided_by_user_id_app_user_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eligibility_rule_set" ADD CONSTRAINT "eligibility_rule_set_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eligibility_rule_set" ADD CONSTRAINT "eligibility_rule_set_written_by_user_id_app_user_id_fk" FOREIGN KEY ("written_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_document" ADD CONSTRAINT "consent_document_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_document" ADD CONSTRAINT "consent_document_published_by_user_id_app_user_id_fk" FOREIGN KEY ("published_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_signature" ADD CONSTRAINT "consent_signature_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_signature" ADD CONSTRAINT "consent_signature_patient_id_patient_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patient"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_signature" ADD CONSTRAINT "consent_signature_document_id_consent_document_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."consent_document"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_signature" ADD CONSTRAINT "consent_signature_collected_by_user_id_app_user_id_fk" FOREIGN KEY ("collected_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_signature" ADD CONSTRAINT "consent_signature_countersigned_by_user_id_app_user_id_fk" FOREIGN KEY ("countersigned_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_signature" ADD CONSTRAINT "consent_signature_revoked_by_user_id_app_user_id_fk" FOREIGN KEY ("revoked_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rems_patient_enrolment" ADD CONSTRAINT "rems_patient_enrolment_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rems_patient_enrolment" ADD CONSTRAINT "rems_patient_enrolment_patient_id_patient_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patient"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rems_patient_enrolment" ADD CONSTRAINT "rems_patient_enrolment_prescriber_user_id_app_user_id_fk" FOREIGN KEY ("prescriber_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rems_patient_enrolment" ADD CONSTRAINT "rems_patient_enrolment_recorded_by_user_id_app_user_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rems_setting_certification" ADD CONSTRAINT "rems_setting_certification_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rems_setting_certification" ADD CONSTRAINT "rems_setting_certification_location_id_clinic_location_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."clinic_location"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rems_setting_certification" ADD CONSTRAINT "rems_setting_certification_recorded_by_user_id_app_user_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_plan_session" ADD CONSTRAINT "treatment_plan_session_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_plan_session" ADD CONSTRAINT "treatment_plan_session_plan_id_treatment_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."treatment_plan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_plan" ADD CONSTRAINT "treatment_plan_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_plan" ADD CONSTRAINT "treatment_plan_patient_id_patient_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patient"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_plan" ADD CONSTRAINT "treatment_plan_integration_therapist_user_id_app_user_id_fk" FOREIGN KEY ("integration_therapist_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_plan" ADD CONSTRAINT "treatment_plan_created_by_user_id_app_user_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_plan" ADD CONSTRAINT "treatment_plan_activated_by_user_id_app_user_id_fk" FOREIGN KEY ("activated_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_plan" ADD CONSTRAINT "treatment_plan_ended_by_user_id_app_user_id_fk" FOREIGN KEY ("ended_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_protocol" ADD CONSTRAINT "treatment_protocol_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_protocol" ADD CONSTRAINT "treatment_protocol_written_by_user_id_app_user_id_fk" FOREIGN KEY ("written_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "intake_status_list" ON "intake" USING btree ("organisation_id","status","updated_at");--> statement-breakpoint
CREATE INDEX "eligibility_decision_latest" ON "eligibility_decision" USING btree ("organisation_id","patient_id","route","decided_at");--> statement-breakpoint
CREATE INDEX "consent_signature_patient" ON "consent_signature" USING btree ("organisation_id","patient_id","kind","signed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "treatment_plan_one_active" ON "treatment_plan" USING btree ("organisation_id","patient_id") WHERE "treatment_plan"."status" = 'active';--> statement-breakpoint
CREATE INDEX "treatment_plan_patient" ON "treatment_plan" USING btree ("organisation_id","patient_id","created_at");--> statement-breakpoint
ALTER TABLE "patient_medication" ADD CONSTRAINT "patient_medication_dose" CHECK ("patient_medication"."dose_mg_per_day" is null or "patient_medication"."dose_mg_per_day" > 0);