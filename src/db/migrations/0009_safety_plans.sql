CREATE TABLE "safety_plan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"plan" jsonb NOT NULL,
	"written_by_user_id" uuid NOT NULL,
	"written_at" timestamp with time zone NOT NULL,
	CONSTRAINT "safety_plan_patient_version" UNIQUE("organisation_id","patient_id","version"),
	CONSTRAINT "safety_plan_version_positive" CHECK ("safety_plan"."version" > 0)
);
--> statement-breakpoint
ALTER TABLE "safety_plan" ADD CONSTRAINT "safety_plan_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_plan" ADD CONSTRAINT "safety_plan_patient_id_patient_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patient"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_plan" ADD CONSTRAINT "safety_plan_written_by_user_id_app_user_id_fk" FOREIGN KEY ("written_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "safety_plan_latest" ON "safety_plan" USING btree ("organisation_id","patient_id","version");--> statement-breakpoint
CREATE TRIGGER safety_plan_append_only BEFORE UPDATE OR DELETE ON safety_plan
  FOR EACH ROW EXECUTE FUNCTION ketaclinic_refuse_change();
