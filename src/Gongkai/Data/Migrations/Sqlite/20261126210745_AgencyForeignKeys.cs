using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AgencyForeignKeys : Migration
    {
        // Run after the rebuilds: EF Core runs a CreateIndex before them, and they would drop it again.
        private const string StatisticsIndex = """
            CREATE INDEX "ix_disclosure_applications_statistics" ON "disclosure_applications"
                ("agency_id", "received_on", "concluded_on", "applicant_type", "outcome");
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // SQLite's integer is one type, so only the foreign keys change. Every agency_id was only ever written from
            // agencies.id (int), so none is above int's range and each already names an agency.
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

            // SQLite adds a foreign key by rebuilding the table, which recreates only the indexes the model knows and so
            // drops the covering index StatisticsIndexes made by hand: made again here, same name and columns.
            migrationBuilder.Sql(StatisticsIndex).Annotation(SqliteMigrationsSqlGenerator.AfterRebuilds, true);
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

            // Dropping the key rebuilds the table again; the previous migrations' schema has the covering index.
            migrationBuilder.Sql(StatisticsIndex).Annotation(SqliteMigrationsSqlGenerator.AfterRebuilds, true);
        }
    }
}
