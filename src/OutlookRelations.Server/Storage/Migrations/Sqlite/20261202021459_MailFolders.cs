using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookRelations.Server.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MailFolders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Tenants that exist keep reading what a new tenant reads: Deleted Items included.
            migrationBuilder.AddColumn<bool>(
                name: "ReadDeletedItems",
                table: "TenantSettings",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<string>(
                name: "Aliases",
                table: "Owners",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "PendingRemoval",
                table: "MessageCopies",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsAutomated",
                table: "Interactions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "MailFolders",
                columns: table => new
                {
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GraphId = table.Column<string>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParentGraphId = table.Column<string>(type: "TEXT", nullable: true),
                    WellKnownName = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    IsHidden = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MailFolders", x => new { x.OwnerId, x.GraphId });
                    table.ForeignKey(
                        name: "FK_MailFolders_Owners_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "Owners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MessageCopies_OwnerId_PendingRemoval",
                table: "MessageCopies",
                columns: new[] { "OwnerId", "PendingRemoval" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MailFolders");

            migrationBuilder.DropIndex(
                name: "IX_MessageCopies_OwnerId_PendingRemoval",
                table: "MessageCopies");

            migrationBuilder.DropColumn(
                name: "ReadDeletedItems",
                table: "TenantSettings");

            migrationBuilder.DropColumn(
                name: "Aliases",
                table: "Owners");

            migrationBuilder.DropColumn(
                name: "PendingRemoval",
                table: "MessageCopies");

            migrationBuilder.DropColumn(
                name: "IsAutomated",
                table: "Interactions");
        }
    }
}
