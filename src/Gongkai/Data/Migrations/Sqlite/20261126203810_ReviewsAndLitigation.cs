using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReviewsAndLitigation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "review_records",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    agency_id = table.Column<long>(type: "INTEGER", nullable: false),
                    application_id = table.Column<long>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    body = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    case_number = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    filed_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    result = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    decided_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    decision_note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_review_records", x => x.id);
                    table.ForeignKey(
                        name: "fk_review_records_disclosure_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "disclosure_applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_review_records_agency_id_case_number",
                table: "review_records",
                columns: new[] { "agency_id", "case_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_review_records_agency_id_filed_on",
                table: "review_records",
                columns: new[] { "agency_id", "filed_on" });

            migrationBuilder.CreateIndex(
                name: "ix_review_records_application_id",
                table: "review_records",
                column: "application_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "review_records");
        }
    }
}
