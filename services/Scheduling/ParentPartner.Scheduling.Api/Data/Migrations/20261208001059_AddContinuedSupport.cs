using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParentPartner.Scheduling.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddContinuedSupport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "continued_support_weeks",
                table: "follow_up_settings",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "continued_support_weeks",
                table: "follow_up_settings");
        }
    }
}
