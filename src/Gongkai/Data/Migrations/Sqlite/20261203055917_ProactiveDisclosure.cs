using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProactiveDisclosure : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "index_template",
                table: "agencies",
                type: "TEXT",
                maxLength: 60,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "catalogue_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    agency_id = table.Column<int>(type: "INTEGER", nullable: false),
                    parent_id = table.Column<long>(type: "INTEGER", nullable: true),
                    statutory_code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    provision = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    content = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    basis = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    time_limit = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    subject = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    channels = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    audience = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    method = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_catalogue_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_catalogue_entries_agencies_agency_id",
                        column: x => x.agency_id,
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_catalogue_entries_catalogue_entries_parent_id",
                        column: x => x.parent_id,
                        principalTable: "catalogue_entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "index_serials",
                columns: table => new
                {
                    agency_id = table.Column<int>(type: "INTEGER", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    last = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_index_serials", x => new { x.agency_id, x.year });
                    table.ForeignKey(
                        name: "fk_index_serials_agencies_agency_id",
                        column: x => x.agency_id,
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "report_figures",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    agency_id = table.Column<int>(type: "INTEGER", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    table_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    row_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    column_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_figures", x => x.id);
                    table.ForeignKey(
                        name: "fk_report_figures_agencies_agency_id",
                        column: x => x.agency_id,
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "review_steps",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    agency_id = table.Column<int>(type: "INTEGER", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    role = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_review_steps", x => x.id);
                    table.ForeignKey(
                        name: "fk_review_steps_agencies_agency_id",
                        column: x => x.agency_id,
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "government_documents",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    agency_id = table.Column<int>(type: "INTEGER", nullable: false),
                    catalogue_entry_id = table.Column<long>(type: "INTEGER", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    publisher = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    written_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    formed_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    document_number = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    topic = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    body = table.Column<string>(type: "TEXT", nullable: false),
                    attribute = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ground = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    validity = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    validity_changed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    successor_id = table.Column<long>(type: "INTEGER", nullable: true),
                    replaces_id = table.Column<long>(type: "INTEGER", nullable: true),
                    replaces_as = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    index_number = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    published_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    published_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    withdrawn_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    withdrawal_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    drafter_id = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    round = table.Column<int>(type: "INTEGER", nullable: false),
                    current_step = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_government_documents", x => x.id);
                    table.ForeignKey(
                        name: "fk_government_documents_agencies_agency_id",
                        column: x => x.agency_id,
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_government_documents_catalogue_entries_catalogue_entry_id",
                        column: x => x.catalogue_entry_id,
                        principalTable: "catalogue_entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_government_documents_government_documents_replaces_id",
                        column: x => x.replaces_id,
                        principalTable: "government_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_government_documents_government_documents_successor_id",
                        column: x => x.successor_id,
                        principalTable: "government_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_government_documents_staff_users_drafter_id",
                        column: x => x.drafter_id,
                        principalTable: "staff_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "document_attachments",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    document_id = table.Column<long>(type: "INTEGER", nullable: false),
                    agency_id = table.Column<int>(type: "INTEGER", nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    size = table.Column<long>(type: "INTEGER", nullable: false),
                    stored_name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    text = table.Column<string>(type: "TEXT", nullable: true),
                    uploaded_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    uploader_id = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_document_attachments", x => x.id);
                    table.ForeignKey(
                        name: "fk_document_attachments_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "government_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "document_review_decisions",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    round = table.Column<int>(type: "INTEGER", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    step_name = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    approved = table.Column<bool>(type: "INTEGER", nullable: false),
                    comment = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    reviewer_id = table.Column<int>(type: "INTEGER", nullable: false),
                    decided_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    document_id = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_document_review_decisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_document_review_decisions_government_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "government_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "document_review_stages",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    role = table.Column<int>(type: "INTEGER", nullable: false),
                    document_id = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_document_review_stages", x => x.id);
                    table.ForeignKey(
                        name: "fk_document_review_stages_government_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "government_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_catalogue_entries_agency_id_statutory_code",
                table: "catalogue_entries",
                columns: new[] { "agency_id", "statutory_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_catalogue_entries_parent_id",
                table: "catalogue_entries",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_document_attachments_document_id",
                table: "document_attachments",
                column: "document_id");

            migrationBuilder.CreateIndex(
                name: "ix_document_review_decisions_document_id",
                table: "document_review_decisions",
                column: "document_id");

            migrationBuilder.CreateIndex(
                name: "ix_document_review_stages_document_id",
                table: "document_review_stages",
                column: "document_id");

            migrationBuilder.CreateIndex(
                name: "ix_government_documents_agency_id_published_on",
                table: "government_documents",
                columns: new[] { "agency_id", "published_on" });

            migrationBuilder.CreateIndex(
                name: "ix_government_documents_agency_id_status",
                table: "government_documents",
                columns: new[] { "agency_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_government_documents_catalogue_entry_id",
                table: "government_documents",
                column: "catalogue_entry_id");

            migrationBuilder.CreateIndex(
                name: "ix_government_documents_drafter_id",
                table: "government_documents",
                column: "drafter_id");

            migrationBuilder.CreateIndex(
                name: "ix_government_documents_index_number",
                table: "government_documents",
                column: "index_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_government_documents_replaces_id",
                table: "government_documents",
                column: "replaces_id");

            migrationBuilder.CreateIndex(
                name: "ix_government_documents_successor_id",
                table: "government_documents",
                column: "successor_id");

            migrationBuilder.CreateIndex(
                name: "ix_report_figures_agency_id_year_table_id_row_id_column_id",
                table: "report_figures",
                columns: new[] { "agency_id", "year", "table_id", "row_id", "column_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_review_steps_agency_id_position",
                table: "review_steps",
                columns: new[] { "agency_id", "position" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "document_attachments");

            migrationBuilder.DropTable(
                name: "document_review_decisions");

            migrationBuilder.DropTable(
                name: "document_review_stages");

            migrationBuilder.DropTable(
                name: "index_serials");

            migrationBuilder.DropTable(
                name: "report_figures");

            migrationBuilder.DropTable(
                name: "review_steps");

            migrationBuilder.DropTable(
                name: "government_documents");

            migrationBuilder.DropTable(
                name: "catalogue_entries");

            migrationBuilder.DropColumn(
                name: "index_template",
                table: "agencies");
        }
    }
}
