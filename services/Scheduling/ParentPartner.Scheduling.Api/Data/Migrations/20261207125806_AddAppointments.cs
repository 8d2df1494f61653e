using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParentPartner.Scheduling.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddAppointments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "appointments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    match_id = table.Column<Guid>(type: "uuid", nullable: true),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    place = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    video_link = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    support_parent_subject = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    family_name = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    time_zone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    starts_local = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    ends_local = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    no_show_by = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    needs_outcome = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_appointments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "feed_tokens",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    owner_subject = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    whole_program = table.Column<bool>(type: "boolean", nullable: false),
                    secret_hash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_feed_tokens", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_appointments_program_id_starts_at_id",
                table: "appointments",
                columns: new[] { "program_id", "starts_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_appointments_support_parent_subject_starts_at",
                table: "appointments",
                columns: new[] { "support_parent_subject", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_feed_tokens_program_id_owner_subject",
                table: "feed_tokens",
                columns: new[] { "program_id", "owner_subject" });

            migrationBuilder.CreateIndex(
                name: "ix_feed_tokens_secret_hash",
                table: "feed_tokens",
                column: "secret_hash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "appointments");

            migrationBuilder.DropTable(
                name: "feed_tokens");
        }
    }
}
