CREATE TABLE "safety_task" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"assessment_id" uuid NOT NULL,
	"severity" text NOT NULL,
	"reasons" jsonb NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"escalated_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"resolved_by_user_id" uuid,
	"resolution" jsonb,
	CONSTRAINT "safety_task_severity" CHECK ("safety_task"."severity" in ('high', 'moderate', 'low')),
	CONSTRAINT "safety_task_resolution" CHECK (("safety_task"."resolved_at" is null) = ("safety_task"."resolution" is null))
);
--> statement-breakpoint
ALTER TABLE "safety_task" ADD CONSTRAINT "safety_task_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_task" ADD CONSTRAINT "safety_task_patient_id_patient_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patient"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_task" ADD CONSTRAINT "safety_task_assessment_id_assessment_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_task" ADD CONSTRAINT "safety_task_resolved_by_user_id_app_user_id_fk" FOREIGN KEY ("resolved_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "safety_task_open" ON "safety_task" USING btree ("organisation_id","due_at") WHERE "safety_task"."resolved_at" is null;