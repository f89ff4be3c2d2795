using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookRelations.Server.Storage.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SyncLeaseUntil",
                table: "Owners",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SyncRequestedAt",
                table: "Owners",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "GraphSubscriptions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Resource = table.Column<string>(type: "TEXT", nullable: false),
                    ClientStateHash = table.Column<byte[]>(type: "BLOB", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false)
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

            migrationBuilder.DropColumn(
                name: "SyncLeaseHolder",
                table: "Owners");

            migrationBuilder.DropColumn(
                name: "SyncLeaseUntil",
                table: "Owners");

            migrationBuilder.DropColumn(
                name: "SyncRequestedAt",
                table: "Owners");
        }
    }
}
