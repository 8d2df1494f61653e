using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParentPartner.Reporting.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddFollowUpFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "program_kind",
                table: "report_matches",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "report_appointments",
                columns: table => new
                {
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    appointment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    match_id = table.Column<Guid>(type: "uuid", nullable: true),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    no_show_by = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_appointments", x => new { x.program_id, x.appointment_id });
                });

            migrationBuilder.CreateTable(
                name: "report_contacts",
                columns: table => new
                {
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    contact_id = table.Column<Guid>(type: "uuid", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    match_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    mode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    occurred_on = table.Column<DateOnly>(type: "date", nullable: false),
                    minutes = table.Column<int>(type: "integer", nullable: false),
                    voided = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_contacts", x => new { x.program_id, x.contact_id });
                });

            migrationBuilder.CreateTable(
                name: "report_overdue_plan_items",
                columns: table => new
                {
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    plan_item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    match_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_overdue_plan_items", x => new { x.program_id, x.plan_item_id });
                });

            migrationBuilder.CreateIndex(
                name: "ix_report_appointments_program_id_starts_at",
                table: "report_appointments",
                columns: new[] { "program_id", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_report_contacts_program_id_match_id",
                table: "report_contacts",
                columns: new[] { "program_id", "match_id" });

            migrationBuilder.CreateIndex(
                name: "ix_report_contacts_program_id_occurred_on",
                table: "report_contacts",
                columns: new[] { "program_id", "occurred_on" });

            migrationBuilder.CreateIndex(
                name: "ix_report_overdue_plan_items_program_id_due_at",
                table: "report_overdue_plan_items",
                columns: new[] { "program_id", "due_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "report_appointments");

            migrationBuilder.DropTable(
                name: "report_contacts");

            migrationBuilder.DropTable(
                name: "report_overdue_plan_items");

            migrationBuilder.DropColumn(
                name: "program_kind",
                table: "report_matches");
        }
    }
}
