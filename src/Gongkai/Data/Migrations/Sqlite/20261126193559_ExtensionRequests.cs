using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ExtensionRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "pending_extension_reason",
                table: "disclosure_applications",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "pending_extension_requested_by",
                table: "disclosure_applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "pending_extension_requested_on",
                table: "disclosure_applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "pending_extension_workdays",
                table: "disclosure_applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "fee_wait_pauses_clock",
                table: "agencies",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "pending_extension_reason",
                table: "disclosure_applications");

            migrationBuilder.DropColumn(
                name: "pending_extension_requested_by",
                table: "disclosure_applications");

            migrationBuilder.DropColumn(
                name: "pending_extension_requested_on",
                table: "disclosure_applications");

            migrationBuilder.DropColumn(
                name: "pending_extension_workdays",
                table: "disclosure_applications");

            migrationBuilder.DropColumn(
                name: "fee_wait_pauses_clock",
                table: "agencies");
        }
    }
}
