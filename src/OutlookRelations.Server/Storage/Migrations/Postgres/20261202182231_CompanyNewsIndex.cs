using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookRelations.Server.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CompanyNewsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_ContactDetails_OwnerId_Kind_LastMentionedAt",
                table: "ContactDetails",
                columns: new[] { "OwnerId", "Kind", "LastMentionedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContactDetails_OwnerId_Kind_LastMentionedAt",
                table: "ContactDetails");
        }
    }
}
