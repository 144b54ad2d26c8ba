using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AgencyForeignKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // bigint to integer by assignment cast on the existing rows: no value can be outside int's range, as every
            // agency_id was only ever written from agencies.id (integer), and so every one names an agency for the keys.
            migrationBuilder.AlterColumn<int>(
                name: "agency_id",
                table: "review_records",
                type: "integer",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint");

            migrationBuilder.AlterColumn<int>(
                name: "agency_id",
                table: "issued_letters",
                type: "integer",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint");

            migrationBuilder.AlterColumn<int>(
                name: "agency_id",
                table: "disclosure_applications",
                type: "integer",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint");

            migrationBuilder.AddForeignKey(
                name: "fk_disclosure_applications_agencies_agency_id",
                table: "disclosure_applications",
                column: "agency_id",
                principalTable: "agencies",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_issued_letters_agencies_agency_id",
                table: "issued_letters",
                column: "agency_id",
                principalTable: "agencies",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_review_records_agencies_agency_id",
                table: "review_records",
                column: "agency_id",
                principalTable: "agencies",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_disclosure_applications_agencies_agency_id",
                table: "disclosure_applications");

            migrationBuilder.DropForeignKey(
                name: "fk_issued_letters_agencies_agency_id",
                table: "issued_letters");

            migrationBuilder.DropForeignKey(
                name: "fk_review_records_agencies_agency_id",
                table: "review_records");

            migrationBuilder.AlterColumn<long>(
                name: "agency_id",
                table: "review_records",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AlterColumn<long>(
                name: "agency_id",
                table: "issued_letters",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AlterColumn<long>(
                name: "agency_id",
                table: "disclosure_applications",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer");
        }
    }
}
