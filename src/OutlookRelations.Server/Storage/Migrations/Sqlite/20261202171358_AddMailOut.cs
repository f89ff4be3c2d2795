using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookRelations.Server.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddMailOut : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Tenants that existed before keep what new ones get: people may choose the digest.
            migrationBuilder.AddColumn<bool>(
                name: "DigestsAllowed",
                table: "TenantSettings",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<string>(
                name: "SenderMailbox",
                table: "TenantSettings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SyncAlertsTo",
                table: "TenantSettings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "DigestEnabled",
                table: "Owners",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DigestSentOn",
                table: "Owners",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DigestsAllowed",
                table: "TenantSettings");

            migrationBuilder.DropColumn(
                name: "SenderMailbox",
                table: "TenantSettings");

            migrationBuilder.DropColumn(
                name: "SyncAlertsTo",
                table: "TenantSettings");

            migrationBuilder.DropColumn(
                name: "DigestEnabled",
                table: "Owners");

            migrationBuilder.DropColumn(
                name: "DigestSentOn",
                table: "Owners");
        }
    }
}
