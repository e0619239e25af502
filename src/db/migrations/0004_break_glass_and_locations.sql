CREATE TABLE "break_glass_grant" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"granted_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "break_glass_grant_reason" CHECK (length(btrim("break_glass_grant"."reason")) >= 10),
	CONSTRAINT "break_glass_grant_window" CHECK ("break_glass_grant"."expires_at" > "break_glass_grant"."granted_at")
);
--> statement-breakpoint
CREATE TABLE "user_location" (
	"organisation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	CONSTRAINT "user_location_pkey" PRIMARY KEY("user_id","location_id")
);
--> statement-breakpoint
ALTER TABLE "patient" ADD COLUMN "home_location_id" uuid;--> statement-breakpoint
ALTER TABLE "break_glass_grant" ADD CONSTRAINT "break_glass_grant_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "break_glass_grant" ADD CONSTRAINT "break_glass_grant_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "break_glass_grant" ADD CONSTRAINT "break_glass_grant_patient_id_patient_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patient"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_location" ADD CONSTRAINT "user_location_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_location" ADD CONSTRAINT "user_location_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_location" ADD CONSTRAINT "user_location_location_id_clinic_location_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."clinic_location"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "break_glass_grant_user" ON "break_glass_grant" USING btree ("organisation_id","user_id","expires_at");--> statement-breakpoint
CREATE INDEX "break_glass_grant_time" ON "break_glass_grant" USING btree ("organisation_id","granted_at");--> statement-breakpoint
ALTER TABLE "patient" ADD CONSTRAINT "patient_home_location_id_clinic_location_id_fk" FOREIGN KEY ("home_location_id") REFERENCES "public"."clinic_location"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE TRIGGER break_glass_grant_append_only BEFORE UPDATE OR DELETE ON break_glass_grant
  FOR EACH ROW EXECUTE FUNCTION ketaclinic_refuse_change();
