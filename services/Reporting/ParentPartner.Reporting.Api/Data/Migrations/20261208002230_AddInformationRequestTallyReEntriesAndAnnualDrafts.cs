using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParentPartner.Reporting.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddInformationRequestTallyReEntriesAndAnnualDrafts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "time_zone",
                table: "reporting_settings",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "annual_report_drafts",
                columns: table => new
                {
                    draft_id = table.Column<Guid>(type: "uuid", nullable: false),
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    time_zone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    period_start = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    period_end = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    counts = table.Column<string>(type: "jsonb", nullable: false),
                    details = table.Column<string>(type: "jsonb", nullable: false),
                    submission_id = table.Column<Guid>(type: "uuid", nullable: true),
                    approved_revision = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_annual_report_drafts", x => x.draft_id);
                });

            migrationBuilder.CreateTable(
                name: "report_information_requests",
                columns: table => new
                {
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    inquiry_id = table.Column<Guid>(type: "uuid", nullable: false),
                    channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    topics = table.Column<List<string>>(type: "text[]", nullable: false),
                    county = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    language = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: true),
                    resources_sent = table.Column<bool>(type: "boolean", nullable: false),
                    answered_on = table.Column<DateOnly>(type: "date", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_information_requests", x => new { x.program_id, x.inquiry_id });
                });

            migrationBuilder.CreateTable(
                name: "report_re_entries",
                columns: table => new
                {
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    referral_id = table.Column<Guid>(type: "uuid", nullable: false),
                    entered_care_on = table.Column<DateOnly>(type: "date", nullable: false),
                    match_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_re_entries", x => new { x.program_id, x.referral_id, x.entered_care_on });
                });

            migrationBuilder.CreateIndex(
                name: "ix_annual_report_drafts_program_id_year_created_at",
                table: "annual_report_drafts",
                columns: new[] { "program_id", "year", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_report_information_requests_program_id_answered_on",
                table: "report_information_requests",
                columns: new[] { "program_id", "answered_on" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "annual_report_drafts");

            migrationBuilder.DropTable(
                name: "report_information_requests");

            migrationBuilder.DropTable(
                name: "report_re_entries");

            migrationBuilder.DropColumn(
                name: "time_zone",
                table: "reporting_settings");
        }
    }
}
