using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Data.Migrations.Sqlite
{
    /// <summary>
    /// The reconsideration and litigation records are remedies (救济), so that "review" means the disclosure-attribute
    /// review alone. A rename, not a rebuild: the records and their audit rows are kept.
    /// On SQLite the constraint names live inside the table's SQL and stay as they were; nothing refers to them.
    /// </summary>
    public partial class RemediesName : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameTable(name: "review_records", newName: "remedy_records");

            migrationBuilder.RenameIndex(name: "ix_review_records_agency_id_case_number", table: "remedy_records", newName: "ix_remedy_records_agency_id_case_number");
            migrationBuilder.RenameIndex(name: "ix_review_records_agency_id_filed_on", table: "remedy_records", newName: "ix_remedy_records_agency_id_filed_on");
            migrationBuilder.RenameIndex(name: "ix_review_records_application_id", table: "remedy_records", newName: "ix_remedy_records_application_id");

            migrationBuilder.Sql("UPDATE audit_entries SET action = 'remedy.' || substr(action, 8) WHERE action LIKE 'review.%';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameTable(name: "remedy_records", newName: "review_records");

            migrationBuilder.RenameIndex(name: "ix_remedy_records_agency_id_case_number", table: "review_records", newName: "ix_review_records_agency_id_case_number");
            migrationBuilder.RenameIndex(name: "ix_remedy_records_agency_id_filed_on", table: "review_records", newName: "ix_review_records_agency_id_filed_on");
            migrationBuilder.RenameIndex(name: "ix_remedy_records_application_id", table: "review_records", newName: "ix_review_records_application_id");

            migrationBuilder.Sql("UPDATE audit_entries SET action = 'review.' || substr(action, 8) WHERE action LIKE 'remedy.%';");
        }
    }
}
