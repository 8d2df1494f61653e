using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParentPartner.Matching.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddPoolQueueOffersAndMatches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "matches",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    referral_id = table.Column<Guid>(type: "uuid", nullable: false),
                    support_parent_id = table.Column<Guid>(type: "uuid", nullable: false),
                    offer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    ready_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    made_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    end_reason = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_matches", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "offers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    referral_id = table.Column<Guid>(type: "uuid", nullable: false),
                    support_parent_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    offered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    offered_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decline_reason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_offers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "pair_exclusions",
                columns: table => new
                {
                    referral_id = table.Column<Guid>(type: "uuid", nullable: false),
                    support_parent_id = table.Column<Guid>(type: "uuid", nullable: false),
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pair_exclusions", x => new { x.referral_id, x.support_parent_id });
                });

            migrationBuilder.CreateTable(
                name: "pool_members",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    user_subject = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    is_certified = table.Column<bool>(type: "boolean", nullable: false),
                    is_withdrawn = table.Column<bool>(type: "boolean", nullable: false),
                    languages = table.Column<string[]>(type: "text[]", nullable: false),
                    county = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    condition_categories = table.Column<string[]>(type: "text[]", nullable: false),
                    case_experience = table.Column<string[]>(type: "text[]", nullable: false),
                    available_evenings = table.Column<bool>(type: "boolean", nullable: false),
                    available_weekends = table.Column<bool>(type: "boolean", nullable: false),
                    father_to_father_capable = table.Column<bool>(type: "boolean", nullable: false),
                    cultural_background = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    max_caseload = table.Column<int>(type: "integer", nullable: false),
                    active_matches = table.Column<int>(type: "integer", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pool_members", x => x.id);
                    table.CheckConstraint("ck_pool_members_active_within_caseload", "active_matches >= 0 AND active_matches <= max_caseload");
                });

            migrationBuilder.CreateTable(
                name: "program_settings",
                columns: table => new
                {
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    experience_weight = table.Column<int>(type: "integer", nullable: false),
                    child_age_weight = table.Column<int>(type: "integer", nullable: false),
                    county_weight = table.Column<int>(type: "integer", nullable: false),
                    language_weight = table.Column<int>(type: "integer", nullable: false),
                    availability_weight = table.Column<int>(type: "integer", nullable: false),
                    cultural_background_weight = table.Column<int>(type: "integer", nullable: false),
                    load_balance_weight = table.Column<int>(type: "integer", nullable: false),
                    offer_expiry_hours = table.Column<int>(type: "integer", nullable: false),
                    target_hours = table.Column<int>(type: "integer", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    updated_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_program_settings", x => x.program_id);
                });

            migrationBuilder.CreateTable(
                name: "queued_referrals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ready_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    languages = table.Column<string[]>(type: "text[]", nullable: false),
                    county = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    condition_categories = table.Column<string[]>(type: "text[]", nullable: false),
                    case_stage = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    child_age = table.Column<int>(type: "integer", nullable: true),
                    father_to_father_wanted = table.Column<bool>(type: "boolean", nullable: false),
                    cultural_background = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    available_evenings = table.Column<bool>(type: "boolean", nullable: false),
                    available_weekends = table.Column<bool>(type: "boolean", nullable: false),
                    erased = table.Column<bool>(type: "boolean", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_queued_referrals", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_matches_referral_id",
                table: "matches",
                column: "referral_id");

            migrationBuilder.CreateIndex(
                name: "ix_matches_support_parent_id",
                table: "matches",
                column: "support_parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_offers_referral_id",
                table: "offers",
                column: "referral_id",
                unique: true,
                filter: "status = 'Pending'");

            migrationBuilder.CreateIndex(
                name: "ix_offers_status_expires_at",
                table: "offers",
                columns: new[] { "status", "expires_at" });

            migrationBuilder.CreateIndex(
                name: "ix_pool_members_program_id",
                table: "pool_members",
                column: "program_id");

            migrationBuilder.CreateIndex(
                name: "ix_pool_members_user_subject",
                table: "pool_members",
                column: "user_subject");

            migrationBuilder.CreateIndex(
                name: "ix_queued_referrals_program_id_status_ready_at",
                table: "queued_referrals",
                columns: new[] { "program_id", "status", "ready_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "matches");

            migrationBuilder.DropTable(
                name: "offers");

            migrationBuilder.DropTable(
                name: "pair_exclusions");

            migrationBuilder.DropTable(
                name: "pool_members");

            migrationBuilder.DropTable(
                name: "program_settings");

            migrationBuilder.DropTable(
                name: "queued_referrals");
        }
    }
}
