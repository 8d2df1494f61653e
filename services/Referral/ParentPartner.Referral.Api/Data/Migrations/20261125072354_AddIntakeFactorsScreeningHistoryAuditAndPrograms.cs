using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParentPartner.Referral.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddIntakeFactorsScreeningHistoryAuditAndPrograms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "parent_last_name",
                table: "referrals",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100);

            migrationBuilder.AlterColumn<string>(
                name: "parent_first_name",
                table: "referrals",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100);

            migrationBuilder.AddColumn<string>(
                name: "case_stage",
                table: "referrals",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "child_age",
                table: "referrals",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "child_condition_categories",
                table: "referrals",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<List<string>>(
                name: "information_given",
                table: "referrals",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<string>(
                name: "needs_challenges",
                table: "referrals",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "needs_cultural_match_wanted",
                table: "referrals",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "needs_preferences",
                table: "referrals",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "needs_qualities_hoped_for",
                table: "referrals",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<string>(
                name: "needs_reason_for_support",
                table: "referrals",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "parent_available_evenings",
                table: "referrals",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "parent_available_weekends",
                table: "referrals",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "parent_cultural_background",
                table: "referrals",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "parent_father_to_father_wanted",
                table: "referrals",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "personal_data_erased_at",
                table: "referrals",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "referrer_organisation_id",
                table: "referrals",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "status_changed_at",
                table: "referrals",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "referrals",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.CreateTable(
                name: "programs",
                columns: table => new
                {
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    time_zone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    accepting_self_referrals = table.Column<bool>(type: "boolean", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_programs", x => x.program_id);
                });

            migrationBuilder.CreateTable(
                name: "referral_access_audit",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    referral_id = table.Column<Guid>(type: "uuid", nullable: false),
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    accessed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    client_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    access = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    purpose = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    correlation_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_referral_access_audit", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "referral_status_changes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    referral_id = table.Column<Guid>(type: "uuid", nullable: false),
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    from = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    to = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    changed_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    reason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_referral_status_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_referral_status_changes_referrals_referral_id",
                        column: x => x.referral_id,
                        principalTable: "referrals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Referrals taken in before this migration: in their status since they were received, with intake as their history.
            migrationBuilder.Sql("UPDATE referrals SET status_changed_at = received_at;");
            migrationBuilder.Sql(
                """
                INSERT INTO referral_status_changes (id, referral_id, program_id, "from", "to", changed_at, changed_by)
                SELECT gen_random_uuid(), id, program_id, NULL, status, received_at, coalesce(created_by, 'unknown') FROM referrals;
                """);

            // Append-only in the database too: no UPDATE or DELETE of the access audit, whoever connects.
            migrationBuilder.Sql(
                """
                CREATE FUNCTION referral_access_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'referral_access_audit is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
                END;
                $$;
                CREATE TRIGGER referral_access_audit_append_only
                    BEFORE UPDATE OR DELETE ON referral_access_audit
                    FOR EACH ROW EXECUTE FUNCTION referral_access_audit_append_only();
                """);

            migrationBuilder.CreateIndex(
                name: "ix_referrals_program_id_received_at_id",
                table: "referrals",
                columns: new[] { "program_id", "received_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_referrals_referrer_organisation_id_received_at_id",
                table: "referrals",
                columns: new[] { "referrer_organisation_id", "received_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_referral_access_audit_referral_id_accessed_at",
                table: "referral_access_audit",
                columns: new[] { "referral_id", "accessed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_referral_status_changes_referral_id_changed_at",
                table: "referral_status_changes",
                columns: new[] { "referral_id", "changed_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "programs");

            migrationBuilder.DropTable(
                name: "referral_access_audit");

            migrationBuilder.Sql("DROP FUNCTION IF EXISTS referral_access_audit_append_only();");

            migrationBuilder.DropTable(
                name: "referral_status_changes");

            migrationBuilder.DropIndex(
                name: "ix_referrals_program_id_received_at_id",
                table: "referrals");

            migrationBuilder.DropIndex(
                name: "ix_referrals_referrer_organisation_id_received_at_id",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "case_stage",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "child_age",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "child_condition_categories",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "information_given",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "needs_challenges",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "needs_cultural_match_wanted",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "needs_preferences",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "needs_qualities_hoped_for",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "needs_reason_for_support",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "parent_available_evenings",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "parent_available_weekends",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "parent_cultural_background",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "parent_father_to_father_wanted",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "personal_data_erased_at",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "referrer_organisation_id",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "status_changed_at",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "referrals");

            migrationBuilder.AlterColumn<string>(
                name: "parent_last_name",
                table: "referrals",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "parent_first_name",
                table: "referrals",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100,
                oldNullable: true);
        }
    }
}
