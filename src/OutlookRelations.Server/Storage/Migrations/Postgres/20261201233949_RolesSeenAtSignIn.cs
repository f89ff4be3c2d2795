using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookRelations.Server.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RolesSeenAtSignIn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Roles",
                table: "Owners",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RolesSeenAt",
                table: "Owners",
                type: "bigint",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Roles",
                table: "Owners");

            migrationBuilder.DropColumn(
                name: "RolesSeenAt",
                table: "Owners");
        }
    }
}
