using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LetterDecisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "reconsideration_body",
                table: "agencies",
                type: "TEXT",
                maxLength: 100,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 100);

            // 「本级人民政府」 was the old default, never a body's name: letters now derive the body from the hierarchy.
            migrationBuilder.Sql("UPDATE agencies SET reconsideration_body = NULL WHERE reconsideration_body = '本级人民政府'").Annotation(SqliteMigrationsSqlGenerator.AfterRebuilds, true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "reconsideration_body",
                table: "agencies",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 100,
                oldNullable: true);

            migrationBuilder.Sql("UPDATE agencies SET reconsideration_body = '本级人民政府' WHERE reconsideration_body IS NULL OR reconsideration_body = ''").Annotation(SqliteMigrationsSqlGenerator.AfterRebuilds, true);
        }
    }
}
