using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookRelations.Server.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddWarmPaths : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Tenants that existed before keep what new ones get: people may choose to share.
            migrationBuilder.AddColumn<bool>(
                name: "WarmPathsAllowed",
                table: "TenantSettings",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<bool>(
                name: "SharesNetwork",
                table: "Owners",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "WarmPathsAllowed",
                table: "TenantSettings");

            migrationBuilder.DropColumn(
                name: "SharesNetwork",
                table: "Owners");
        }
    }
}
