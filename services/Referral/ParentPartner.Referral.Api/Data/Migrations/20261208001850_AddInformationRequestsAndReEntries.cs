using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParentPartner.Referral.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddInformationRequestsAndReEntries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "closed_at",
                table: "referrals",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "information_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    topics = table.Column<List<string>>(type: "text[]", nullable: false),
                    county = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    language = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: true),
                    resources_sent = table.Column<bool>(type: "boolean", nullable: false),
                    answered_on = table.Column<DateOnly>(type: "date", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_information_requests", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "referral_re_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    referral_id = table.Column<Guid>(type: "uuid", nullable: false),
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    match_id = table.Column<Guid>(type: "uuid", nullable: true),
                    reunified_on = table.Column<DateOnly>(type: "date", nullable: false),
                    entered_care_on = table.Column<DateOnly>(type: "date", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_referral_re_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_referral_re_entries_referrals_referral_id",
                        column: x => x.referral_id,
                        principalTable: "referrals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_information_requests_program_id_recorded_at_id",
                table: "information_requests",
                columns: new[] { "program_id", "recorded_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_referral_re_entries_referral_id_entered_care_on",
                table: "referral_re_entries",
                columns: new[] { "referral_id", "entered_care_on" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "information_requests");

            migrationBuilder.DropTable(
                name: "referral_re_entries");

            migrationBuilder.DropColumn(
                name: "closed_at",
                table: "referrals");
        }
    }
}
