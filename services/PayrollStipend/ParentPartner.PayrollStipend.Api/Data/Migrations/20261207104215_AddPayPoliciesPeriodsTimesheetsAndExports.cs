using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParentPartner.PayrollStipend.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddPayPoliciesPeriodsTimesheetsAndExports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "contacts",
                columns: table => new
                {
                    contact_id = table.Column<Guid>(type: "uuid", nullable: false),
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    support_parent_id = table.Column<Guid>(type: "uuid", nullable: false),
                    match_id = table.Column<Guid>(type: "uuid", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    occurred_on = table.Column<DateOnly>(type: "date", nullable: false),
                    minutes = table.Column<int>(type: "integer", nullable: false),
                    miles = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: false),
                    voided = table.Column<bool>(type: "boolean", nullable: false),
                    message_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contacts", x => x.contact_id);
                });

            migrationBuilder.CreateTable(
                name: "matches",
                columns: table => new
                {
                    match_id = table.Column<Guid>(type: "uuid", nullable: false),
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    support_parent_id = table.Column<Guid>(type: "uuid", nullable: false),
                    matched_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ended_on = table.Column<DateOnly>(type: "date", nullable: true),
                    made_message_id = table.Column<Guid>(type: "uuid", nullable: true),
                    ended_message_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_matches", x => x.match_id);
                });

            migrationBuilder.CreateTable(
                name: "pay_periods",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: false),
                    pay_date = table.Column<DateOnly>(type: "date", nullable: false),
                    frequency = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pay_periods", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "pay_policies",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    effective_from = table.Column<DateOnly>(type: "date", nullable: false),
                    court_hearing_rate = table.Column<decimal>(type: "numeric(10,4)", precision: 10, scale: 4, nullable: false),
                    family_team_meeting_rate = table.Column<decimal>(type: "numeric(10,4)", precision: 10, scale: 4, nullable: false),
                    one_to_one_rate = table.Column<decimal>(type: "numeric(10,4)", precision: 10, scale: 4, nullable: false),
                    phone_rate = table.Column<decimal>(type: "numeric(10,4)", precision: 10, scale: 4, nullable: false),
                    support_group_rate = table.Column<decimal>(type: "numeric(10,4)", precision: 10, scale: 4, nullable: false),
                    training_rate = table.Column<decimal>(type: "numeric(10,4)", precision: 10, scale: 4, nullable: false),
                    other_rate = table.Column<decimal>(type: "numeric(10,4)", precision: 10, scale: 4, nullable: false),
                    match_stipend_monthly = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    training_attendance_stipend = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    mileage_rate = table.Column<decimal>(type: "numeric(10,4)", precision: 10, scale: 4, nullable: false),
                    monthly_cap = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pay_policies", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "payees",
                columns: table => new
                {
                    support_parent_id = table.Column<Guid>(type: "uuid", nullable: false),
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    user_subject = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    employment_type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    employment_type_as_of = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    legal_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    w9on_file = table.Column<bool>(type: "boolean", nullable: false),
                    benefit_kind = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    benefit_monthly_level = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    benefit_consent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_payees", x => x.support_parent_id);
                });

            migrationBuilder.CreateTable(
                name: "payroll_settings",
                columns: table => new
                {
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    time_zone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    frequency = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    period_anchor = table.Column<DateOnly>(type: "date", nullable: false),
                    pay_date_lag_days = table.Column<int>(type: "integer", nullable: false),
                    unit_rounding = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    billing_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    hold_until_w9 = table.Column<bool>(type: "boolean", nullable: false),
                    last_invoice_number = table.Column<int>(type: "integer", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_payroll_settings", x => x.program_id);
                });

            migrationBuilder.CreateTable(
                name: "exports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    period_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    batch = table.Column<int>(type: "integer", nullable: false),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    content_type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    content = table.Column<string>(type: "text", nullable: false),
                    timesheet_count = table.Column<int>(type: "integer", nullable: false),
                    total = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_exports", x => x.id);
                    table.ForeignKey(
                        name: "fk_exports_pay_periods_period_id",
                        column: x => x.period_id,
                        principalTable: "pay_periods",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "timesheets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    period_id = table.Column<Guid>(type: "uuid", nullable: false),
                    support_parent_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    total = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    submitted_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    submitted_on_behalf = table.Column<bool>(type: "boolean", nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decided_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    return_comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    export_id = table.Column<Guid>(type: "uuid", nullable: true),
                    paid_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_timesheets", x => x.id);
                    table.ForeignKey(
                        name: "fk_timesheets_pay_periods_period_id",
                        column: x => x.period_id,
                        principalTable: "pay_periods",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_timesheets_payees_support_parent_id",
                        column: x => x.support_parent_id,
                        principalTable: "payees",
                        principalColumn: "support_parent_id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "invoices",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    period_id = table.Column<Guid>(type: "uuid", nullable: false),
                    timesheet_id = table.Column<Guid>(type: "uuid", nullable: false),
                    support_parent_id = table.Column<Guid>(type: "uuid", nullable: false),
                    export_id = table.Column<Guid>(type: "uuid", nullable: false),
                    pay_date = table.Column<DateOnly>(type: "date", nullable: false),
                    total = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    html = table.Column<string>(type: "text", nullable: false),
                    csv = table.Column<string>(type: "text", nullable: false),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_invoices", x => x.id);
                    table.ForeignKey(
                        name: "fk_invoices_timesheets_timesheet_id",
                        column: x => x.timesheet_id,
                        principalTable: "timesheets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "timesheet_lines",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    timesheet_id = table.Column<Guid>(type: "uuid", nullable: false),
                    support_parent_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    occurred_on = table.Column<DateOnly>(type: "date", nullable: false),
                    quantity = table.Column<decimal>(type: "numeric(12,4)", precision: 12, scale: 4, nullable: false),
                    rate = table.Column<decimal>(type: "numeric(10,4)", precision: 10, scale: 4, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    minutes = table.Column<int>(type: "integer", nullable: false),
                    source_type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    source_id = table.Column<Guid>(type: "uuid", nullable: false),
                    source_period_id = table.Column<Guid>(type: "uuid", nullable: true),
                    source_revision = table.Column<int>(type: "integer", nullable: false),
                    source_message_id = table.Column<Guid>(type: "uuid", nullable: true),
                    match_id = table.Column<Guid>(type: "uuid", nullable: true),
                    policy_version = table.Column<int>(type: "integer", nullable: true),
                    is_adjustment = table.Column<bool>(type: "boolean", nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_timesheet_lines", x => x.id);
                    table.ForeignKey(
                        name: "fk_timesheet_lines_timesheets_timesheet_id",
                        column: x => x.timesheet_id,
                        principalTable: "timesheets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_exports_period_id_kind_batch",
                table: "exports",
                columns: new[] { "period_id", "kind", "batch" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_invoices_program_id_number",
                table: "invoices",
                columns: new[] { "program_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_invoices_support_parent_id_issued_at",
                table: "invoices",
                columns: new[] { "support_parent_id", "issued_at" });

            migrationBuilder.CreateIndex(
                name: "ix_invoices_timesheet_id",
                table: "invoices",
                column: "timesheet_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_matches_support_parent_id",
                table: "matches",
                column: "support_parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_pay_periods_program_id_starts_on",
                table: "pay_periods",
                columns: new[] { "program_id", "starts_on" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_pay_policies_program_id_version",
                table: "pay_policies",
                columns: new[] { "program_id", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_payees_program_id_user_subject",
                table: "payees",
                columns: new[] { "program_id", "user_subject" });

            migrationBuilder.CreateIndex(
                name: "ix_timesheet_lines_support_parent_id_source_type_source_id",
                table: "timesheet_lines",
                columns: new[] { "support_parent_id", "source_type", "source_id" });

            migrationBuilder.CreateIndex(
                name: "ix_timesheet_lines_timesheet_id_occurred_on",
                table: "timesheet_lines",
                columns: new[] { "timesheet_id", "occurred_on" });

            migrationBuilder.CreateIndex(
                name: "ix_timesheets_period_id_support_parent_id",
                table: "timesheets",
                columns: new[] { "period_id", "support_parent_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_timesheets_program_id_status_created_at_id",
                table: "timesheets",
                columns: new[] { "program_id", "status", "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_timesheets_support_parent_id_created_at_id",
                table: "timesheets",
                columns: new[] { "support_parent_id", "created_at", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "contacts");

            migrationBuilder.DropTable(
                name: "exports");

            migrationBuilder.DropTable(
                name: "invoices");

            migrationBuilder.DropTable(
                name: "matches");

            migrationBuilder.DropTable(
                name: "pay_policies");

            migrationBuilder.DropTable(
                name: "payroll_settings");

            migrationBuilder.DropTable(
                name: "timesheet_lines");

            migrationBuilder.DropTable(
                name: "timesheets");

            migrationBuilder.DropTable(
                name: "pay_periods");

            migrationBuilder.DropTable(
                name: "payees");
        }
    }
}
