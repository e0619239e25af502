CREATE TABLE "rems_form_reminder" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"reminded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rems_form_submission" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"form_version" text NOT NULL,
	"submitted_by_user_id" uuid NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"confirmation" text
);
--> statement-breakpoint
ALTER TABLE "rems_form_reminder" ADD CONSTRAINT "rems_form_reminder_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rems_form_reminder" ADD CONSTRAINT "rems_form_reminder_session_id_treatment_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."treatment_session"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rems_form_submission" ADD CONSTRAINT "rems_form_submission_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rems_form_submission" ADD CONSTRAINT "rems_form_submission_session_id_treatment_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."treatment_session"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rems_form_submission" ADD CONSTRAINT "rems_form_submission_submitted_by_user_id_app_user_id_fk" FOREIGN KEY ("submitted_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "rems_form_reminder_session" ON "rems_form_reminder" USING btree ("organisation_id","session_id");--> statement-breakpoint
CREATE UNIQUE INDEX "rems_form_submission_session" ON "rems_form_submission" USING btree ("organisation_id","session_id");