using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Data.Migrations.Postgres
{
    /// <summary>
    /// The reconsideration and litigation records are remedies (救济), so that "review" means the disclosure-attribute
    /// review alone. A rename, not a rebuild: the records and their audit rows are kept.
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

            migrationBuilder.Sql("ALTER TABLE remedy_records RENAME CONSTRAINT pk_review_records TO pk_remedy_records;");
            migrationBuilder.Sql("ALTER TABLE remedy_records RENAME CONSTRAINT fk_review_records_agencies_agency_id TO fk_remedy_records_agencies_agency_id;");
            migrationBuilder.Sql("ALTER TABLE remedy_records RENAME CONSTRAINT fk_review_records_disclosure_applications_application_id TO fk_remedy_records_disclosure_applications_application_id;");

            migrationBuilder.Sql("UPDATE audit_entries SET action = 'remedy.' || substr(action, 8) WHERE action LIKE 'review.%';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameTable(name: "remedy_records", newName: "review_records");

            migrationBuilder.RenameIndex(name: "ix_remedy_records_agency_id_case_number", table: "review_records", newName: "ix_review_records_agency_id_case_number");
            migrationBuilder.RenameIndex(name: "ix_remedy_records_agency_id_filed_on", table: "review_records", newName: "ix_review_records_agency_id_filed_on");
            migrationBuilder.RenameIndex(name: "ix_remedy_records_application_id", table: "review_records", newName: "ix_review_records_application_id");

            migrationBuilder.Sql("ALTER TABLE review_records RENAME CONSTRAINT pk_remedy_records TO pk_review_records;");
            migrationBuilder.Sql("ALTER TABLE review_records RENAME CONSTRAINT fk_remedy_records_agencies_agency_id TO fk_review_records_agencies_agency_id;");
            migrationBuilder.Sql("ALTER TABLE review_records RENAME CONSTRAINT fk_remedy_records_disclosure_applications_application_id TO fk_review_records_disclosure_applications_application_id;");

            migrationBuilder.Sql("UPDATE audit_entries SET action = 'review.' || substr(action, 8) WHERE action LIKE 'remedy.%';");
        }
    }
}
