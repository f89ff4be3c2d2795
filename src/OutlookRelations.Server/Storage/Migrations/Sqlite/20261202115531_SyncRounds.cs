using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookRelations.Server.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SyncRounds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SyncRounds",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    Items = table.Column<int>(type: "INTEGER", nullable: false),
                    Error = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    ConsecutiveFailures = table.Column<int>(type: "INTEGER", nullable: false),
                    LastSucceededAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastProgressAt = table.Column<long>(type: "INTEGER", nullable: true),
                    NewestInGraphAt = table.Column<long>(type: "INTEGER", nullable: true),
                    NewestSeenAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Alerted = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SyncRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SyncRounds_Owners_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "Owners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SyncRounds_OwnerId_Id",
                table: "SyncRounds",
                columns: new[] { "OwnerId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_SyncRounds_TenantId_FinishedAt",
                table: "SyncRounds",
                columns: new[] { "TenantId", "FinishedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SyncRounds");
        }
    }
}
