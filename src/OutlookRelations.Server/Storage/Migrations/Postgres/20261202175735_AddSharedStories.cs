using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookRelations.Server.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddSharedStories : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Tenants that exist get what a new tenant gets: stories allowed (nothing is shared until someone shares it).
            migrationBuilder.AddColumn<bool>(
                name: "StoriesInReports",
                table: "TenantSettings",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<string>(
                name: "SharedStories",
                table: "Reports",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "SharedStories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    DetailId = table.Column<long>(type: "bigint", nullable: false),
                    ConversationId = table.Column<string>(type: "text", nullable: true),
                    HappenedAt = table.Column<long>(type: "bigint", nullable: false),
                    SharedAt = table.Column<long>(type: "bigint", nullable: false),
                    Note = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SharedStories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SharedStories_ContactDetails_DetailId",
                        column: x => x.DetailId,
                        principalTable: "ContactDetails",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SharedStories_Owners_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "Owners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SharedStories_DetailId",
                table: "SharedStories",
                column: "DetailId");

            migrationBuilder.CreateIndex(
                name: "IX_SharedStories_OwnerId_DetailId",
                table: "SharedStories",
                columns: new[] { "OwnerId", "DetailId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SharedStories");

            migrationBuilder.DropColumn(
                name: "StoriesInReports",
                table: "TenantSettings");

            migrationBuilder.DropColumn(
                name: "SharedStories",
                table: "Reports");
        }
    }
}
