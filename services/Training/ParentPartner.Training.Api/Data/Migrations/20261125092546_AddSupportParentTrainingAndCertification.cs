using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParentPartner.Training.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddSupportParentTrainingAndCertification : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "courses",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    added_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    added_on = table.Column<DateOnly>(type: "date", nullable: false),
                    retired_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_courses", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "support_parents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    user_subject = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    first_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    last_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    condition_categories = table.Column<List<string>>(type: "text[]", nullable: false),
                    case_resolved_on = table.Column<DateOnly>(type: "date", nullable: true),
                    case_experience = table.Column<List<string>>(type: "text[]", nullable: false),
                    in_recovery_since = table.Column<DateOnly>(type: "date", nullable: true),
                    languages = table.Column<List<string>>(type: "text[]", nullable: false),
                    county = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    available_evenings = table.Column<bool>(type: "boolean", nullable: false),
                    available_weekends = table.Column<bool>(type: "boolean", nullable: false),
                    max_caseload = table.Column<int>(type: "integer", nullable: false),
                    employment_type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    father_to_father_capable = table.Column<bool>(type: "boolean", nullable: false),
                    cultural_background = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    eligible_on = table.Column<DateOnly>(type: "date", nullable: false),
                    eligibility_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    applied_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    certified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    certified_on = table.Column<DateOnly>(type: "date", nullable: true),
                    lapsed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    withdrawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    withdrawal_reason = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_support_parents", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "training_settings",
                columns: table => new
                {
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    time_zone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    eligibility_months = table.Column<int>(type: "integer", nullable: false),
                    recovery_months = table.Column<int>(type: "integer", nullable: false),
                    supplemental_due_days = table.Column<int>(type: "integer", nullable: false),
                    cohort_min_seats = table.Column<int>(type: "integer", nullable: false),
                    cohort_max_seats = table.Column<int>(type: "integer", nullable: false),
                    default_max_caseload_per_parent = table.Column<int>(type: "integer", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_training_settings", x => x.program_id);
                });

            migrationBuilder.CreateTable(
                name: "cohorts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    course_id = table.Column<Guid>(type: "uuid", nullable: false),
                    trainer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    duration_minutes = table.Column<int>(type: "integer", nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: false),
                    minimum_size = table.Column<int>(type: "integer", nullable: false),
                    enrolled_count = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cohorts", x => x.id);
                    table.ForeignKey(
                        name: "fk_cohorts_courses_course_id",
                        column: x => x.course_id,
                        principalTable: "courses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "enrolments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    cohort_id = table.Column<Guid>(type: "uuid", nullable: false),
                    support_parent_id = table.Column<Guid>(type: "uuid", nullable: false),
                    course_id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    enrolled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    attended = table.Column<bool>(type: "boolean", nullable: false),
                    hours = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    completed = table.Column<bool>(type: "boolean", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_enrolments", x => x.id);
                    table.ForeignKey(
                        name: "fk_enrolments_cohorts_cohort_id",
                        column: x => x.cohort_id,
                        principalTable: "cohorts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_enrolments_courses_course_id",
                        column: x => x.course_id,
                        principalTable: "courses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_enrolments_support_parents_support_parent_id",
                        column: x => x.support_parent_id,
                        principalTable: "support_parents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_cohorts_course_id",
                table: "cohorts",
                column: "course_id");

            migrationBuilder.CreateIndex(
                name: "ix_cohorts_program_id_starts_at_id",
                table: "cohorts",
                columns: new[] { "program_id", "starts_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_courses_program_id_added_at_id",
                table: "courses",
                columns: new[] { "program_id", "added_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_courses_program_id_code",
                table: "courses",
                columns: new[] { "program_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_enrolments_cohort_id_enrolled_at_id",
                table: "enrolments",
                columns: new[] { "cohort_id", "enrolled_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_enrolments_cohort_id_support_parent_id",
                table: "enrolments",
                columns: new[] { "cohort_id", "support_parent_id" },
                unique: true,
                filter: "status <> 'Cancelled'");

            migrationBuilder.CreateIndex(
                name: "ix_enrolments_course_id",
                table: "enrolments",
                column: "course_id");

            migrationBuilder.CreateIndex(
                name: "ix_enrolments_support_parent_id_session_starts_at_id",
                table: "enrolments",
                columns: new[] { "support_parent_id", "session_starts_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_support_parents_program_id_applied_at_id",
                table: "support_parents",
                columns: new[] { "program_id", "applied_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_support_parents_program_id_status",
                table: "support_parents",
                columns: new[] { "program_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_support_parents_program_id_user_subject",
                table: "support_parents",
                columns: new[] { "program_id", "user_subject" },
                unique: true,
                filter: "user_subject IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "enrolments");

            migrationBuilder.DropTable(
                name: "training_settings");

            migrationBuilder.DropTable(
                name: "cohorts");

            migrationBuilder.DropTable(
                name: "support_parents");

            migrationBuilder.DropTable(
                name: "courses");
        }
    }
}
