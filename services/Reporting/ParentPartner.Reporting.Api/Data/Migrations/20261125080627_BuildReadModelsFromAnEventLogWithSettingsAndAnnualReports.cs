using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ParentPartner.Reporting.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class BuildReadModelsFromAnEventLogWithSettingsAndAnnualReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "annual_report_submissions",
                columns: table => new
                {
                    submission_id = table.Column<Guid>(type: "uuid", nullable: false),
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    state_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    program_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    program_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    approved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    approved_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    figures = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_annual_report_submissions", x => x.submission_id);
                });

            migrationBuilder.CreateTable(
                name: "report_annual_answers",
                columns: table => new
                {
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    submission_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    decision = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_annual_answers", x => new { x.program_id, x.submission_id });
                });

            migrationBuilder.CreateTable(
                name: "report_certification_transitions",
                columns: table => new
                {
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    support_parent_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    rank = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_certification_transitions", x => new { x.program_id, x.support_parent_id, x.at, x.status });
                });

            migrationBuilder.CreateTable(
                name: "report_event_log",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    message_type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    referral_id = table.Column<Guid>(type: "uuid", nullable: true),
                    logged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_event_log", x => x.sequence);
                });

            migrationBuilder.CreateTable(
                name: "report_matches",
                columns: table => new
                {
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    match_id = table.Column<Guid>(type: "uuid", nullable: false),
                    referral_id = table.Column<Guid>(type: "uuid", nullable: true),
                    support_parent_id = table.Column<Guid>(type: "uuid", nullable: true),
                    ready_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    made_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    end_reason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    re_entry_within12months = table.Column<bool>(type: "boolean", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_matches", x => new { x.program_id, x.match_id });
                });

            migrationBuilder.CreateTable(
                name: "report_offers",
                columns: table => new
                {
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    offer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    referral_id = table.Column<Guid>(type: "uuid", nullable: true),
                    support_parent_id = table.Column<Guid>(type: "uuid", nullable: true),
                    offered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    declined_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decline_reason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    expired_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_offers", x => new { x.program_id, x.offer_id });
                });

            migrationBuilder.CreateTable(
                name: "report_referrals",
                columns: table => new
                {
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    referral_id = table.Column<Guid>(type: "uuid", nullable: false),
                    received_counted = table.Column<bool>(type: "boolean", nullable: false),
                    source = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    status_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ready_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    left_queue_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    information_only_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    information_topics = table.Column<List<string>>(type: "text[]", nullable: false),
                    matched_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    withdrawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    withdrawal_reason = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    program_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    languages = table.Column<List<string>>(type: "text[]", nullable: false),
                    county = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    condition_categories = table.Column<List<string>>(type: "text[]", nullable: false),
                    case_stage = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    profile_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    profile_erased_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_referrals", x => new { x.program_id, x.referral_id });
                });

            migrationBuilder.CreateTable(
                name: "report_support_parents",
                columns: table => new
                {
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    support_parent_id = table.Column<Guid>(type: "uuid", nullable: false),
                    languages = table.Column<List<string>>(type: "text[]", nullable: false),
                    county = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    condition_categories = table.Column<List<string>>(type: "text[]", nullable: false),
                    case_experience = table.Column<List<string>>(type: "text[]", nullable: false),
                    max_caseload = table.Column<int>(type: "integer", nullable: false),
                    employment_type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    profile_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    first_certified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    withdrawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_support_parents", x => new { x.program_id, x.support_parent_id });
                });

            migrationBuilder.CreateTable(
                name: "report_trainings",
                columns: table => new
                {
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    enrolment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    support_parent_id = table.Column<Guid>(type: "uuid", nullable: false),
                    course_code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    course_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    attended_on = table.Column<DateOnly>(type: "date", nullable: false),
                    hours = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    completed = table.Column<bool>(type: "boolean", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_trainings", x => new { x.program_id, x.enrolment_id });
                });

            migrationBuilder.CreateTable(
                name: "reporting_settings",
                columns: table => new
                {
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    state_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    program_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    target_hours = table.Column<int>(type: "integer", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reporting_settings", x => x.program_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_annual_report_submissions_program_id_year_revision",
                table: "annual_report_submissions",
                columns: new[] { "program_id", "year", "revision" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_report_event_log_program_id_sequence",
                table: "report_event_log",
                columns: new[] { "program_id", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_report_event_log_referral_id",
                table: "report_event_log",
                column: "referral_id",
                filter: "referral_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_report_matches_program_id_made_at",
                table: "report_matches",
                columns: new[] { "program_id", "made_at" });

            migrationBuilder.CreateIndex(
                name: "ix_report_referrals_program_id_ready_at",
                table: "report_referrals",
                columns: new[] { "program_id", "ready_at" });

            migrationBuilder.CreateIndex(
                name: "ix_report_referrals_program_id_received_at",
                table: "report_referrals",
                columns: new[] { "program_id", "received_at" });

            migrationBuilder.CreateIndex(
                name: "ix_report_trainings_program_id_attended_on",
                table: "report_trainings",
                columns: new[] { "program_id", "attended_on" });

            // Counts taken before this migration stored the event's PascalCase source ("ChildWelfareAgency");
            // reporting now speaks the API's kebab-case ("child-welfare-agency"). Merge the old rows into the new words.
            migrationBuilder.Sql("""
                INSERT INTO referral_counts (program_id, source, received)
                SELECT program_id, lower(regexp_replace(source, '([a-z0-9])([A-Z])', '\1-\2', 'g')) AS kebab, sum(received)
                FROM referral_counts WHERE source ~ '[A-Z]' GROUP BY program_id, kebab
                ON CONFLICT (program_id, source) DO UPDATE SET received = referral_counts.received + EXCLUDED.received;
                DELETE FROM referral_counts WHERE source ~ '[A-Z]';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "annual_report_submissions");

            migrationBuilder.DropTable(
                name: "report_annual_answers");

            migrationBuilder.DropTable(
                name: "report_certification_transitions");

            migrationBuilder.DropTable(
                name: "report_event_log");

            migrationBuilder.DropTable(
                name: "report_matches");

            migrationBuilder.DropTable(
                name: "report_offers");

            migrationBuilder.DropTable(
                name: "report_referrals");

            migrationBuilder.DropTable(
                name: "report_support_parents");

            migrationBuilder.DropTable(
                name: "report_trainings");

            migrationBuilder.DropTable(
                name: "reporting_settings");
        }
    }
}
