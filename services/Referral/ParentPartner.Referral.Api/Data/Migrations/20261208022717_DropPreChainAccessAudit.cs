using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParentPartner.Referral.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class DropPreChainAccessAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Its rows are in the chained audit_log since AddHashChainedAuditLog.
            migrationBuilder.DropTable(
                name: "referral_access_audit");

            migrationBuilder.Sql("DROP FUNCTION IF EXISTS referral_access_audit_append_only();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "referral_access_audit",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    access = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    accessed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    client_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    correlation_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    purpose = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    referral_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_referral_access_audit", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_referral_access_audit_referral_id_accessed_at",
                table: "referral_access_audit",
                columns: new[] { "referral_id", "accessed_at" });
        }
    }
}
