using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookRelations.Server.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MetadataOnlyMode : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "MetadataOnly",
                table: "TenantSettings",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Every round started before this column asked Graph for bodies.
            migrationBuilder.AddColumn<bool>(
                name: "ReadsBodies",
                table: "SyncCursors",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MetadataOnly",
                table: "TenantSettings");

            migrationBuilder.DropColumn(
                name: "ReadsBodies",
                table: "SyncCursors");
        }
    }
}
