using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookRelations.Server.Storage.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RolesSeenAt",
                table: "Owners",
                type: "INTEGER",
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
