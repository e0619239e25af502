CREATE TABLE "measurement_pack_config" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"packs" jsonb NOT NULL,
	"updated_by_user_id" uuid NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "measurement_pack_config" ADD CONSTRAINT "measurement_pack_config_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurement_pack_config" ADD CONSTRAINT "measurement_pack_config_updated_by_user_id_app_user_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;