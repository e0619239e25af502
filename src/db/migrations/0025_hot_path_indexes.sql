CREATE INDEX "patient_mrn_lower" ON "patient" USING btree ("organisation_id",lower("mrn"));--> statement-breakpoint
CREATE INDEX "treatment_plan_ended" ON "treatment_plan" USING btree ("organisation_id","ended_at");--> statement-breakpoint
CREATE INDEX "treatment_session_on_floor" ON "treatment_session" USING btree ("organisation_id","state") WHERE state in ('checked-in', 'ready', 'dosing', 'monitoring', 'discharge-ready');--> statement-breakpoint
CREATE INDEX "treatment_session_scheduled" ON "treatment_session" USING btree ("organisation_id","scheduled_for");