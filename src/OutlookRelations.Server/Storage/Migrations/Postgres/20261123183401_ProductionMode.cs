using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookRelations.Server.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ProductionMode : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "SyncLeaseHolder",
                table: "Owners",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SyncLeaseUntil",
                table: "Owners",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SyncRequestedAt",
                table: "Owners",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SentAt",
                table: "InteractionParticipants",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            // Participants carry their interaction's time from now on; fill it in for mail already stored.
            migrationBuilder.Sql("""
                UPDATE "InteractionParticipants" SET "SentAt" =
                    (SELECT i."SentAt" FROM "Interactions" AS i WHERE i."Id" = "InteractionParticipants"."InteractionId")
                """);

            migrationBuilder.AddColumn<string>(
                name: "MessagesByMonth",
                table: "Contacts",
                type: "character varying(400)",
                maxLength: 400,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "GraphSubscriptions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Resource = table.Column<string>(type: "text", nullable: false),
                    ClientStateHash = table.Column<byte[]>(type: "bytea", nullable: false),
                    ExpiresAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GraphSubscriptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GraphSubscriptions_Owners_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "Owners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InteractionParticipants_ContactId_SentAt",
                table: "InteractionParticipants",
                columns: new[] { "ContactId", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_OwnerId_Organisation_StrengthLog",
                table: "Contacts",
                columns: new[] { "OwnerId", "Organisation", "StrengthLog" });

            migrationBuilder.CreateIndex(
                name: "IX_GraphSubscriptions_ExpiresAt",
                table: "GraphSubscriptions",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_GraphSubscriptions_OwnerId_Resource",
                table: "GraphSubscriptions",
                columns: new[] { "OwnerId", "Resource" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GraphSubscriptions");

            migrationBuilder.DropIndex(
                name: "IX_InteractionParticipants_ContactId_SentAt",
                table: "InteractionParticipants");

            migrationBuilder.DropIndex(
                name: "IX_Contacts_OwnerId_Organisation_StrengthLog",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "SyncLeaseHolder",
                table: "Owners");

            migrationBuilder.DropColumn(
                name: "SyncLeaseUntil",
                table: "Owners");

            migrationBuilder.DropColumn(
                name: "SyncRequestedAt",
                table: "Owners");

            migrationBuilder.DropColumn(
                name: "SentAt",
                table: "InteractionParticipants");

            migrationBuilder.DropColumn(
                name: "MessagesByMonth",
                table: "Contacts");
        }
    }
}
