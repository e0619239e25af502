CREATE TABLE "session_addendum" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"text" text NOT NULL,
	"author_user_id" uuid NOT NULL,
	"written_at" timestamp with time zone NOT NULL,
	CONSTRAINT "session_addendum_text" CHECK (length(btrim("session_addendum"."text")) between 1 and 8000)
);
--> statement-breakpoint
CREATE TABLE "session_device_administration" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"device_number" integer NOT NULL,
	"administered_at" timestamp with time zone NOT NULL,
	"by_user_id" uuid NOT NULL,
	CONSTRAINT "session_device_number_range" CHECK ("session_device_administration"."device_number" between 1 and 3)
);
--> statement-breakpoint
CREATE TABLE "session_event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"level" text NOT NULL,
	"serious" boolean DEFAULT false NOT NULL,
	"signal" text NOT NULL,
	"value" numeric(8, 2),
	"message" text NOT NULL,
	"vital_id" uuid,
	"occurred_at" timestamp with time zone NOT NULL,
	"reported_by_user_id" uuid NOT NULL,
	"action_note" text,
	"outcome" text,
	"action_by_user_id" uuid,
	"action_at" timestamp with time zone,
	"prescriber_signed_by_user_id" uuid,
	"prescriber_signed_at" timestamp with time zone,
	CONSTRAINT "session_event_kind" CHECK ("session_event"."kind" in ('threshold', 'adverse-event', 'observation')),
	CONSTRAINT "session_event_level" CHECK ("session_event"."level" in ('slow', 'stop', 'mild', 'moderate', 'severe')),
	CONSTRAINT "session_event_action" CHECK (("session_event"."action_note" is null) = ("session_event"."action_at" is null) and ("session_event"."action_at" is null) = ("session_event"."action_by_user_id" is null)),
	CONSTRAINT "session_event_signed" CHECK (("session_event"."prescriber_signed_at" is null) = ("session_event"."prescriber_signed_by_user_id" is null))
);
--> statement-breakpoint
CREATE TABLE "session_observation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"value" integer NOT NULL,
	"observed_at" timestamp with time zone NOT NULL,
	"recorded_by_user_id" uuid NOT NULL,
	CONSTRAINT "session_observation_kind" CHECK ("session_observation"."kind" in ('dissociation-0-4', 'moaas')),
	CONSTRAINT "session_observation_value" CHECK (("session_observation"."kind" = 'dissociation-0-4' and "session_observation"."value" between 0 and 4) or ("session_observation"."kind" = 'moaas' and "session_observation"."value" between 0 and 5))
);
--> statement-breakpoint
CREATE TABLE "session_transition" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"organisation_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"by_user_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"reason" text
);
--> statement-breakpoint
CREATE TABLE "session_vital" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"measured_at" timestamp with time zone NOT NULL,
	"systolic_mm_hg" integer,
	"diastolic_mm_hg" integer,
	"heart_rate_bpm" integer,
	"spo2_percent" integer,
	"respiratory_rate_per_min" integer,
	"source" text NOT NULL,
	"recorded_by_user_id" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "session_vital_source" CHECK ("session_vital"."source" in ('manual', 'monitor-import')),
	CONSTRAINT "session_vital_present" CHECK (coalesce("session_vital"."systolic_mm_hg", "session_vital"."diastolic_mm_hg", "session_vital"."heart_rate_bpm", "session_vital"."spo2_percent", "session_vital"."respiratory_rate_per_min") is not null)
);
--> statement-breakpoint
CREATE TABLE "treatment_session" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"plan_sequence" integer NOT NULL,
	"location_id" uuid NOT NULL,
	"chair" text NOT NULL,
	"route" text NOT NULL,
	"state" text NOT NULL,
	"scheduled_for" timestamp with time zone NOT NULL,
	"supervising_prescriber_user_id" uuid,
	"readiness" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"readiness_override_reason" text,
	"dose" jsonb,
	"dose_verified_by_user_id" uuid,
	"discharge" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"checked_in_at" timestamp with time zone,
	"dosing_started_at" timestamp with time zone,
	"administration_ended_at" timestamp with time zone,
	"discharged_at" timestamp with time zone,
	"stop_reason" text,
	"note" text,
	"signed_by_user_id" uuid,
	"signed_at" timestamp with time zone,
	"revision" integer DEFAULT 1 NOT NULL,
	"confidentiality" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "treatment_session_state" CHECK (state in ('scheduled', 'checked-in', 'ready', 'dosing', 'monitoring', 'discharge-ready', 'discharged', 'stopped')),
	CONSTRAINT "treatment_session_route" CHECK ("treatment_session"."route" in ('iv', 'im', 'intranasal-esketamine', 'oral', 'sublingual')),
	CONSTRAINT "treatment_session_stopped_with_reason" CHECK ("treatment_session"."state" <> 'stopped' or length(btrim(coalesce("treatment_session"."stop_reason", ''))) > 0),
	CONSTRAINT "treatment_session_signed" CHECK (("treatment_session"."signed_at" is null) = ("treatment_session"."signed_by_user_id" is null)),
	CONSTRAINT "treatment_session_signed_when_over" CHECK ("treatment_session"."signed_at" is null or "treatment_session"."state" in ('discharged', 'stopped')),
	CONSTRAINT "treatment_session_chair" CHECK (length(btrim("treatment_session"."chair")) between 1 and 40)
);
--> statement-breakpoint
CREATE TABLE "vital_threshold_set" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"thresholds" jsonb NOT NULL,
	"written_by_user_id" uuid NOT NULL,
	"written_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "session_addendum" ADD CONSTRAINT "session_addendum_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_addendum" ADD CONSTRAINT "session_addendum_session_id_treatment_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."treatment_session"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_addendum" ADD CONSTRAINT "session_addendum_author_user_id_app_user_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_device_administration" ADD CONSTRAINT "session_device_administration_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_device_administration" ADD CONSTRAINT "session_device_administration_session_id_treatment_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."treatment_session"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_device_administration" ADD CONSTRAINT "session_device_administration_by_user_id_app_user_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_event" ADD CONSTRAINT "session_event_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_event" ADD CONSTRAINT "session_event_session_id_treatment_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."treatment_session"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_event" ADD CONSTRAINT "session_event_vital_id_session_vital_id_fk" FOREIGN KEY ("vital_id") REFERENCES "public"."session_vital"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_event" ADD CONSTRAINT "session_event_reported_by_user_id_app_user_id_fk" FOREIGN KEY ("reported_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_event" ADD CONSTRAINT "session_event_action_by_user_id_app_user_id_fk" FOREIGN KEY ("action_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_event" ADD CONSTRAINT "session_event_prescriber_signed_by_user_id_app_user_id_fk" FOREIGN KEY ("prescriber_signed_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_observation" ADD CONSTRAINT "session_observation_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_observation" ADD CONSTRAINT "session_observation_session_id_treatment_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."treatment_session"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_observation" ADD CONSTRAINT "session_observation_recorded_by_user_id_app_user_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_transition" ADD CONSTRAINT "session_transition_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_transition" ADD CONSTRAINT "session_transition_session_id_treatment_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."treatment_session"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_transition" ADD CONSTRAINT "session_transition_by_user_id_app_user_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_vital" ADD CONSTRAINT "session_vital_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_vital" ADD CONSTRAINT "session_vital_session_id_treatment_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."treatment_session"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_vital" ADD CONSTRAINT "session_vital_recorded_by_user_id_app_user_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_session" ADD CONSTRAINT "treatment_session_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_session" ADD CONSTRAINT "treatment_session_patient_id_patient_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patient"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_session" ADD CONSTRAINT "treatment_session_plan_id_treatment_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."treatment_plan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_session" ADD CONSTRAINT "treatment_session_location_id_clinic_location_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."clinic_location"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_session" ADD CONSTRAINT "treatment_session_supervising_prescriber_user_id_app_user_id_fk" FOREIGN KEY ("supervising_prescriber_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_session" ADD CONSTRAINT "treatment_session_dose_verified_by_user_id_app_user_id_fk" FOREIGN KEY ("dose_verified_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_session" ADD CONSTRAINT "treatment_session_signed_by_user_id_app_user_id_fk" FOREIGN KEY ("signed_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vital_threshold_set" ADD CONSTRAINT "vital_threshold_set_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vital_threshold_set" ADD CONSTRAINT "vital_threshold_set_written_by_user_id_app_user_id_fk" FOREIGN KEY ("written_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "session_addendum_session" ON "session_addendum" USING btree ("organisation_id","session_id","written_at");--> statement-breakpoint
CREATE UNIQUE INDEX "session_device_number" ON "session_device_administration" USING btree ("organisation_id","session_id","device_number");--> statement-breakpoint
CREATE INDEX "session_event_session" ON "session_event" USING btree ("organisation_id","session_id","occurred_at");--> statement-breakpoint
CREATE INDEX "session_observation_session" ON "session_observation" USING btree ("organisation_id","session_id","observed_at");--> statement-breakpoint
CREATE INDEX "session_transition_session" ON "session_transition" USING btree ("organisation_id","session_id","at");--> statement-breakpoint
CREATE INDEX "session_vital_latest" ON "session_vital" USING btree ("organisation_id","session_id","measured_at");--> statement-breakpoint
CREATE UNIQUE INDEX "treatment_session_plan_slot" ON "treatment_session" USING btree ("organisation_id","plan_id","plan_sequence");--> statement-breakpoint
CREATE UNIQUE INDEX "treatment_session_chair_busy" ON "treatment_session" USING btree ("organisation_id","location_id","chair") WHERE state in ('checked-in', 'ready', 'dosing', 'monitoring', 'discharge-ready');--> statement-breakpoint
CREATE INDEX "treatment_session_floor" ON "treatment_session" USING btree ("organisation_id","location_id","state","scheduled_for");--> statement-breakpoint
CREATE INDEX "treatment_session_patient" ON "treatment_session" USING btree ("organisation_id","patient_id","scheduled_for");--> statement-breakpoint
CREATE UNIQUE INDEX "vital_threshold_set_version" ON "vital_threshold_set" USING btree ("organisation_id","version");