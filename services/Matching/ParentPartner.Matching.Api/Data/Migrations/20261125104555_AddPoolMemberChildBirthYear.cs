using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParentPartner.Matching.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddPoolMemberChildBirthYear : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "child_birth_year",
                table: "pool_members",
                type: "integer",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "child_birth_year",
                table: "pool_members");
        }
    }
}
