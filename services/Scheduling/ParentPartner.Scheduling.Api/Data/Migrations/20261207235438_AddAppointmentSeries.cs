using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParentPartner.Scheduling.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddAppointmentSeries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "is_exception",
                table: "appointments",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "occurrence_local",
                table: "appointments",
                type: "timestamp without time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "series_id",
                table: "appointments",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "appointment_series",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    program_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    interval_weeks = table.Column<int>(type: "integer", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_appointment_series", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_appointments_series_id_occurrence_local",
                table: "appointments",
                columns: new[] { "series_id", "occurrence_local" });

            migrationBuilder.AddForeignKey(
                name: "fk_appointments_appointment_series_series_id",
                table: "appointments",
                column: "series_id",
                principalTable: "appointment_series",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_appointments_appointment_series_series_id",
                table: "appointments");

            migrationBuilder.DropTable(
                name: "appointment_series");

            migrationBuilder.DropIndex(
                name: "ix_appointments_series_id_occurrence_local",
                table: "appointments");

            migrationBuilder.DropColumn(
                name: "is_exception",
                table: "appointments");

            migrationBuilder.DropColumn(
                name: "occurrence_local",
                table: "appointments");

            migrationBuilder.DropColumn(
                name: "series_id",
                table: "appointments");
        }
    }
}
