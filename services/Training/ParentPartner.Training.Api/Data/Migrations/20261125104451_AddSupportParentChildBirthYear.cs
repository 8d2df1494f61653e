using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParentPartner.Training.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddSupportParentChildBirthYear : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "child_birth_year",
                table: "support_parents",
                type: "integer",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "child_birth_year",
                table: "support_parents");
        }
    }
}
