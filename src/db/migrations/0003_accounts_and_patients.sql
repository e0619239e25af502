CREATE SEQUENCE "public"."patient_mrn_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "patient_allergy" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"substance" text NOT NULL,
	"reaction" text,
	"severity" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "patient_allergy_severity" CHECK ("patient_allergy"."severity" is null or "patient_allergy"."severity" in ('mild', 'moderate', 'severe'))
);
--> statement-breakpoint
CREATE TABLE "patient_body_measurement" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"measured_at" timestamp with time zone NOT NULL,
	"height_cm" numeric(5, 1),
	"weight_kg" numeric(5, 1),
	CONSTRAINT "patient_body_measurement_present" CHECK ("patient_body_measurement"."height_cm" is not null or "patient_body_measurement"."weight_kg" is not null),
	CONSTRAINT "patient_body_measurement_height" CHECK ("patient_body_measurement"."height_cm" is null or "patient_body_measurement"."height_cm" between 30 and 272),
	CONSTRAINT "patient_body_measurement_weight" CHECK ("patient_body_measurement"."weight_kg" is null or "patient_body_measurement"."weight_kg" between 1 and 635)
);
--> statement-breakpoint
CREATE TABLE "patient_medication" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"description" text NOT NULL,
	"rxnorm_code" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "patient_medication_rxnorm" CHECK ("patient_medication"."rxnorm_code" is null or "patient_medication"."rxnorm_code" ~ '^[0-9]{1,10}$')
);
--> statement-breakpoint
CREATE TABLE "patient_problem" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"icd10_code" text NOT NULL,
	"description" text NOT NULL,
	"onset_date" date,
	"status" text DEFAULT 'active' NOT NULL,
	"confidentiality" text DEFAULT 'normal' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "patient_problem_icd10_format" CHECK ("patient_problem"."icd10_code" ~ '^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$'),
	CONSTRAINT "patient_problem_status" CHECK ("patient_problem"."status" in ('active', 'resolved')),
	CONSTRAINT "patient_problem_confidentiality" CHECK ("patient_problem"."confidentiality" in ('normal', 'part2'))
);
--> statement-breakpoint
CREATE TABLE "patient" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"mrn" text NOT NULL,
	"given_name" text NOT NULL,
	"family_name" text NOT NULL,
	"date_of_birth" date NOT NULL,
	"sex_at_birth" text NOT NULL,
	"gender_identity" text,
	"pronouns" text,
	"email" text,
	"phone" text,
	"address_line1" text,
	"address_line2" text,
	"city" text,
	"region" text,
	"postal_code" text,
	"country" text,
	"emergency_contact_name" text,
	"emergency_contact_phone" text,
	"emergency_contact_relationship" text,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "patient_organisation_mrn" UNIQUE("organisation_id","mrn"),
	CONSTRAINT "patient_sex_at_birth" CHECK ("patient"."sex_at_birth" in ('female', 'male', 'intersex', 'unknown')),
	CONSTRAINT "patient_names_present" CHECK (length(btrim("patient"."given_name")) > 0 and length(btrim("patient"."family_name")) > 0)
);
--> statement-breakpoint
CREATE TABLE "auth_session" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"stage" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"end_reason" text,
	CONSTRAINT "auth_session_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "auth_session_stage" CHECK ("auth_session"."stage" in ('mfa', 'mfa-enrolment', 'active'))
);
--> statement-breakpoint
CREATE TABLE "recovery_code" (
	"organisation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"code_hash" text NOT NULL,
	"used_at" timestamp with time zone,
	CONSTRAINT "recovery_code_pkey" PRIMARY KEY("user_id","code_hash")
);
--> statement-breakpoint
CREATE TABLE "sign_in_failure" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"email_normalised" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user_role" (
	"organisation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "user_role_pkey" PRIMARY KEY("user_id","role"),
	CONSTRAINT "user_role_known" CHECK ("user_role"."role" in ('admin', 'medical-director', 'prescriber', 'nurse', 'therapist', 'front-desk'))
);
--> statement-breakpoint
CREATE TABLE "app_user" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"kind" text NOT NULL,
	"patient_id" uuid,
	"password_hash" text,
	"password_changed_at" timestamp with time zone,
	"totp_secret" text,
	"totp_enabled_at" timestamp with time zone,
	"totp_last_step" bigint,
	"disabled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "app_user_kind" CHECK (("app_user"."kind" = 'staff' and "app_user"."patient_id" is null) or ("app_user"."kind" = 'patient' and "app_user"."patient_id" is not null)),
	CONSTRAINT "app_user_email_shape" CHECK ("app_user"."email" ~ '^[^@[:space:]]+@[^@[:space:]]+$')
);
--> statement-breakpoint
ALTER TABLE "patient_allergy" ADD CONSTRAINT "patient_allergy_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patient_allergy" ADD CONSTRAINT "patient_allergy_patient_id_patient_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patient"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patient_body_measurement" ADD CONSTRAINT "patient_body_measurement_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patient_body_measurement" ADD CONSTRAINT "patient_body_measurement_patient_id_patient_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patient"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patient_medication" ADD CONSTRAINT "patient_medication_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patient_medication" ADD CONSTRAINT "patient_medication_patient_id_patient_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patient"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patient_problem" ADD CONSTRAINT "patient_problem_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patient_problem" ADD CONSTRAINT "patient_problem_patient_id_patient_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patient"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patient" ADD CONSTRAINT "patient_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "auth_session" ADD CONSTRAINT "auth_session_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "auth_session" ADD CONSTRAINT "auth_session_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recovery_code" ADD CONSTRAINT "recovery_code_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recovery_code" ADD CONSTRAINT "recovery_code_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_in_failure" ADD CONSTRAINT "sign_in_failure_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_role" ADD CONSTRAINT "user_role_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_role" ADD CONSTRAINT "user_role_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_patient_id_patient_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patient"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "patient_allergy_patient" ON "patient_allergy" USING btree ("organisation_id","patient_id");--> statement-breakpoint
CREATE INDEX "patient_body_measurement_latest" ON "patient_body_measurement" USING btree ("organisation_id","patient_id","measured_at");--> statement-breakpoint
CREATE INDEX "patient_medication_patient" ON "patient_medication" USING btree ("organisation_id","patient_id");--> statement-breakpoint
CREATE INDEX "patient_problem_patient" ON "patient_problem" USING btree ("organisation_id","patient_id");--> statement-breakpoint
CREATE INDEX "patient_family_name" ON "patient" USING btree ("organisation_id",lower("family_name") text_pattern_ops);--> statement-breakpoint
CREATE INDEX "patient_given_name" ON "patient" USING btree ("organisation_id",lower("given_name") text_pattern_ops);--> statement-breakpoint
CREATE INDEX "patient_date_of_birth" ON "patient" USING btree ("organisation_id","date_of_birth");--> statement-breakpoint
CREATE INDEX "auth_session_user" ON "auth_session" USING btree ("organisation_id","user_id");--> statement-breakpoint
CREATE INDEX "sign_in_failure_email" ON "sign_in_failure" USING btree ("organisation_id","email_normalised","occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "app_user_organisation_email" ON "app_user" USING btree ("organisation_id",lower("email"));--> statement-breakpoint
CREATE UNIQUE INDEX "app_user_patient" ON "app_user" USING btree ("patient_id");