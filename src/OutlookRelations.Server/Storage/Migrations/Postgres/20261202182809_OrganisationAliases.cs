using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookRelations.Server.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OrganisationAliases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "OrganisationAliases",
                table: "TenantSettings",
                type: "text",
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OrganisationAliases",
                table: "TenantSettings");
        }
    }
}
