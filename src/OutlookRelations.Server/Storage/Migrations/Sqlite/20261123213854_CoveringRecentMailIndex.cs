using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookRelations.Server.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CoveringRecentMailIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_InteractionParticipants_ContactId_SentAt",
                table: "InteractionParticipants");

            migrationBuilder.CreateIndex(
                name: "IX_InteractionParticipants_ContactId_SentAt_InteractionId_Role",
                table: "InteractionParticipants",
                columns: new[] { "ContactId", "SentAt", "InteractionId", "Role" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_InteractionParticipants_ContactId_SentAt_InteractionId_Role",
                table: "InteractionParticipants");

            migrationBuilder.CreateIndex(
                name: "IX_InteractionParticipants_ContactId_SentAt",
                table: "InteractionParticipants",
                columns: new[] { "ContactId", "SentAt" });
        }
    }
}
