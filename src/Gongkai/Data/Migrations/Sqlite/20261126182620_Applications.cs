using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Applications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "disclosure_applications",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    agency_id = table.Column<long>(type: "INTEGER", nullable: false),
                    tracking_number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    applicant_type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    applicant_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    applicant_id_document_type = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    applicant_id_document_number = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    applicant_phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    applicant_email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    applicant_address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    request_description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    request_document_number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    request_form = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    request_delivery = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    arrived_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    confirmed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    received_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    correction_requested_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    correction_items = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    correction_correct_by = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    correction_received_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    extension_workdays = table.Column<int>(type: "INTEGER", nullable: true),
                    extension_approved_by = table.Column<long>(type: "INTEGER", nullable: true),
                    extension_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    extension_granted_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    fee_method = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    fee_amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    fee_quantity = table.Column<int>(type: "INTEGER", nullable: true),
                    fee_issued_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    fee_pauses_clock = table.Column<bool>(type: "INTEGER", nullable: true),
                    fee_paid_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    reply_outcome = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    reply_replied_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    reply_note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    delivery_method = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    delivery_delivered_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    delivery_proof = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    concluded_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    idempotency_key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    query_code_hash = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_disclosure_applications", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "case_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    actor_id = table.Column<long>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    article = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    application_id = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_case_events_disclosure_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "disclosure_applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "consultations",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    party = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    sent_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    answered_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    opinion = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    application_id = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consultations", x => x.id);
                    table.ForeignKey(
                        name: "fk_consultations_disclosure_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "disclosure_applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_case_events_application_id",
                table: "case_events",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "ix_consultations_application_id",
                table: "consultations",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "ix_disclosure_applications_agency_id_concluded_on",
                table: "disclosure_applications",
                columns: new[] { "agency_id", "concluded_on" });

            migrationBuilder.CreateIndex(
                name: "ix_disclosure_applications_agency_id_received_on",
                table: "disclosure_applications",
                columns: new[] { "agency_id", "received_on" });

            migrationBuilder.CreateIndex(
                name: "ix_disclosure_applications_idempotency_key",
                table: "disclosure_applications",
                column: "idempotency_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_disclosure_applications_tracking_number",
                table: "disclosure_applications",
                column: "tracking_number",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_events");

            migrationBuilder.DropTable(
                name: "consultations");

            migrationBuilder.DropTable(
                name: "disclosure_applications");
        }
    }
}
