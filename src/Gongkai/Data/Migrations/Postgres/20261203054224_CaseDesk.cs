using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Data.Migrations.Postgres
{
    /// <summary>
    /// The case desk: each case's 承办人 and the staff member a timeline entry is about; and 网上申请 split in two, the
    /// portal's own form (received at once) and other internet platforms (received when confirmed, Art. 31 (三)).
    /// Existing online cases the applicant submitted alone (actor 0 on the submission) came through the portal.
    /// </summary>
    public partial class CaseDesk : Migration
    {
        private const string PortalCases = """
            UPDATE disclosure_applications SET channel = 'Portal'
            WHERE channel = 'Online' AND EXISTS (SELECT 1 FROM case_events e
                WHERE e.application_id = disclosure_applications.id AND e.kind = 'Submitted' AND e.actor_id = 0);
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "handler_id",
                table: "disclosure_applications",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "subject_id",
                table: "case_events",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_disclosure_applications_agency_id_handler_id",
                table: "disclosure_applications",
                columns: new[] { "agency_id", "handler_id" });

            migrationBuilder.CreateIndex(
                name: "ix_disclosure_applications_handler_id",
                table: "disclosure_applications",
                column: "handler_id");

            migrationBuilder.AddForeignKey(
                name: "fk_disclosure_applications_staff_users_handler_id",
                table: "disclosure_applications",
                column: "handler_id",
                principalTable: "staff_users",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.Sql(PortalCases);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE disclosure_applications SET channel = 'Online' WHERE channel = 'Portal';");

            migrationBuilder.DropForeignKey(
                name: "fk_disclosure_applications_staff_users_handler_id",
                table: "disclosure_applications");

            migrationBuilder.DropIndex(
                name: "ix_disclosure_applications_agency_id_handler_id",
                table: "disclosure_applications");

            migrationBuilder.DropIndex(
                name: "ix_disclosure_applications_handler_id",
                table: "disclosure_applications");

            migrationBuilder.DropColumn(
                name: "handler_id",
                table: "disclosure_applications");

            migrationBuilder.DropColumn(
                name: "subject_id",
                table: "case_events");
        }
    }
}
