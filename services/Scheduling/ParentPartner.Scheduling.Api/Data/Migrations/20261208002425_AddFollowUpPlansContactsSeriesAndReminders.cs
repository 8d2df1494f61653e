using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParentPartner.Scheduling.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddFollowUpPlansContactsSeriesAndReminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "is_exception",
                table: "appointments",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "occurrence_local",
                table: "appointments",
                type: "timestamp without time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "series_id",
                table: "appointments",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "appointment_series",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    interval_weeks = table.Column<int>(type: "integer", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_appointment_series", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "contacts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    match_id = table.Column<Guid>(type: "uuid", nullable: false),
                    support_parent_id = table.Column<Guid>(type: "uuid", nullable: false),
                    support_parent_subject = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    mode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    occurred_on = table.Column<DateOnly>(type: "date", nullable: false),
                    minutes = table.Column<int>(type: "integer", nullable: false),
                    miles = table.Column<decimal>(type: "numeric(7,1)", precision: 7, scale: 1, nullable: false),
                    notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    entered_by = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    voided = table.Column<bool>(type: "boolean", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contacts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "follow_up_settings",
                columns: table => new
                {
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    time_zone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    first_contact_hours = table.Column<int>(type: "integer", nullable: false),
                    first_weeks_contacts = table.Column<int>(type: "integer", nullable: false),
                    first_weeks = table.Column<int>(type: "integer", nullable: false),
                    monthly_visits = table.Column<int>(type: "integer", nullable: false),
                    visit_months = table.Column<int>(type: "integer", nullable: false),
                    monthly_hours_min = table.Column<int>(type: "integer", nullable: false),
                    monthly_hours_max = table.Column<int>(type: "integer", nullable: false),
                    week_check_in_days = table.Column<int>(type: "integer", nullable: false),
                    outcome_survey_weeks = table.Column<int>(type: "integer", nullable: false),
                    end_of_match_review_days = table.Column<int>(type: "integer", nullable: false),
                    continued_support_weeks = table.Column<int>(type: "integer", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    updated_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_follow_up_settings", x => x.program_id);
                });

            migrationBuilder.CreateTable(
                name: "matches",
                columns: table => new
                {
                    match_id = table.Column<Guid>(type: "uuid", nullable: false),
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    referral_id = table.Column<Guid>(type: "uuid", nullable: false),
                    support_parent_id = table.Column<Guid>(type: "uuid", nullable: false),
                    support_parent_subject = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    program_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    made_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    end_reason = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_matches", x => x.match_id);
                });

            migrationBuilder.CreateTable(
                name: "plan_items",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    match_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    window_starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    target = table.Column<int>(type: "integer", nullable: false),
                    target_max = table.Column<int>(type: "integer", nullable: true),
                    progress = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    met_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    completed_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    overdue_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_items", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reminders",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    target_id = table.Column<Guid>(type: "uuid", nullable: false),
                    recipient_subject = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    text = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    claimed_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    channel = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reminders", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "contact_revisions",
                columns: table => new
                {
                    contact_id = table.Column<Guid>(type: "uuid", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    mode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    minutes = table.Column<int>(type: "integer", nullable: false),
                    miles = table.Column<decimal>(type: "numeric(7,1)", precision: 7, scale: 1, nullable: false),
                    voided = table.Column<bool>(type: "boolean", nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    changed_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contact_revisions", x => new { x.contact_id, x.revision });
                    table.ForeignKey(
                        name: "fk_contact_revisions_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_appointments_series_id_occurrence_local",
                table: "appointments",
                columns: new[] { "series_id", "occurrence_local" });

            migrationBuilder.CreateIndex(
                name: "ix_contacts_match_id_started_at",
                table: "contacts",
                columns: new[] { "match_id", "started_at" });

            migrationBuilder.CreateIndex(
                name: "ix_contacts_program_id_occurred_on_id",
                table: "contacts",
                columns: new[] { "program_id", "occurred_on", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_contacts_program_id_support_parent_id_occurred_on",
                table: "contacts",
                columns: new[] { "program_id", "support_parent_id", "occurred_on" });

            migrationBuilder.CreateIndex(
                name: "ix_matches_program_id_support_parent_id",
                table: "matches",
                columns: new[] { "program_id", "support_parent_id" });

            migrationBuilder.CreateIndex(
                name: "ix_matches_referral_id",
                table: "matches",
                column: "referral_id");

            migrationBuilder.CreateIndex(
                name: "ix_matches_support_parent_subject",
                table: "matches",
                column: "support_parent_subject");

            migrationBuilder.CreateIndex(
                name: "ix_plan_items_due_unflagged",
                table: "plan_items",
                columns: new[] { "due_at", "id" },
                filter: "status = 'Open' AND overdue_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_plan_items_match_id_kind_sequence",
                table: "plan_items",
                columns: new[] { "match_id", "kind", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_plan_items_program_open_due",
                table: "plan_items",
                columns: new[] { "program_id", "due_at", "id" },
                filter: "status = 'Open'");

            migrationBuilder.CreateIndex(
                name: "ix_reminders_kind_target_id",
                table: "reminders",
                columns: new[] { "kind", "target_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_reminders_recipient_subject_created_at",
                table: "reminders",
                columns: new[] { "recipient_subject", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_reminders_unsent",
                table: "reminders",
                column: "created_at",
                filter: "sent_at IS NULL");

            migrationBuilder.AddForeignKey(
                name: "fk_appointments_appointment_series_series_id",
                table: "appointments",
                column: "series_id",
                principalTable: "appointment_series",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_appointments_appointment_series_series_id",
                table: "appointments");

            migrationBuilder.DropTable(
                name: "appointment_series");

            migrationBuilder.DropTable(
                name: "contact_revisions");

            migrationBuilder.DropTable(
                name: "follow_up_settings");

            migrationBuilder.DropTable(
                name: "matches");

            migrationBuilder.DropTable(
                name: "plan_items");

            migrationBuilder.DropTable(
                name: "reminders");

            migrationBuilder.DropTable(
                name: "contacts");

            migrationBuilder.DropIndex(
                name: "ix_appointments_series_id_occurrence_local",
                table: "appointments");

            migrationBuilder.DropColumn(
                name: "is_exception",
                table: "appointments");

            migrationBuilder.DropColumn(
                name: "occurrence_local",
                table: "appointments");

            migrationBuilder.DropColumn(
                name: "series_id",
                table: "appointments");
        }
    }
}
