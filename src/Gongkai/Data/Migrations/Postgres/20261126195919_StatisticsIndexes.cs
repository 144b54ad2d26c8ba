using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StatisticsIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Written by hand (EF Core cannot index the owned Applicant's column with the application's): everything
            // section 三 counts by, so both the agency-year and the district GROUP BY read this index and never the table.
            migrationBuilder.CreateIndex(
                name: "ix_disclosure_applications_statistics",
                table: "disclosure_applications",
                columns: new[] { "agency_id", "received_on", "concluded_on", "applicant_type", "outcome" });

            migrationBuilder.DropIndex(
                name: "ix_disclosure_applications_agency_id_received_on",
                table: "disclosure_applications");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_disclosure_applications_agency_id_received_on",
                table: "disclosure_applications",
                columns: new[] { "agency_id", "received_on" });

            migrationBuilder.DropIndex(
                name: "ix_disclosure_applications_statistics",
                table: "disclosure_applications");
        }
    }
}
