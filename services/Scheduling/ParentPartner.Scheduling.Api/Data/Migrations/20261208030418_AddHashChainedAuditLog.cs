using System;
using Microsoft.EntityFrameworkCore.Migrations;
using ParentPartner.ServiceDefaults.Audit;

#nullable disable

namespace ParentPartner.Scheduling.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddHashChainedAuditLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_log",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    client_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    record_type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    record_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    fields = table.Column<string[]>(type: "text[]", nullable: false),
                    purpose = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    consent = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    correlation_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    previous_hash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: true),
                    hash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_log", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_program_id_at_id",
                table: "audit_log",
                columns: new[] { "program_id", "at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_program_id_record_id_at_id",
                table: "audit_log",
                columns: new[] { "program_id", "record_id", "at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_sequence",
                table: "audit_log",
                column: "sequence",
                unique: true);

            // Append-only in the database, and the hash PostgreSQL computes the same way as the service (ADR 0009).
            migrationBuilder.Sql(AuditSql.Create);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(AuditSql.Drop);

            migrationBuilder.DropTable(
                name: "audit_log");
        }
    }
}
