using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace Gongkai.Data;

/// <summary>
/// EF Core's SQLite generator, with a migration's SQL annotated <see cref="AfterRebuilds"/> moved behind its table
/// rebuilds. To add or drop a foreign key or change a column, SQLite rebuilds the table after every other operation of
/// the migration, recreating only the indexes the model knows: a hand-made index (ix_disclosure_applications_statistics)
/// survives only if made again after that.
/// </summary>
public sealed class SqliteMigrationsSqlGenerator(MigrationsSqlGeneratorDependencies dependencies, IRelationalAnnotationProvider annotations)
    : Microsoft.EntityFrameworkCore.Migrations.SqliteMigrationsSqlGenerator(dependencies, annotations)
{
    /// <summary>Annotation on <c>migrationBuilder.Sql(...)</c>: run it after the migration's table rebuilds.</summary>
    public const string AfterRebuilds = "Gongkai:AfterRebuilds";

    public override IReadOnlyList<MigrationCommand> Generate(
        IReadOnlyList<MigrationOperation> operations, IModel? model = null, MigrationsSqlGenerationOptions options = MigrationsSqlGenerationOptions.Default)
    {
        ArgumentNullException.ThrowIfNull(operations);
        var after = operations.Where(o => o is SqlOperation && o[AfterRebuilds] is true).ToList();
        if (after.Count == 0)
            return base.Generate(operations, model, options);
        return [.. base.Generate([.. operations.Except(after)], model, options), .. base.Generate(after, model, options)];
    }
}
