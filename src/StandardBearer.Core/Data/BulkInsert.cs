using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace StandardBearer.Core.Data;

/// <summary>
/// Inserts many new rows of one entity in the current transaction with one prepared INSERT, skipping the change
/// tracker: for imports of tens of thousands of rows, where tracking each entity costs far more than writing it.
/// Table, columns and value conversions (GUIDs as text on SQLite, enums as names) come from the EF model, so what it
/// writes reads back exactly as if SaveChanges had written it, on either provider. The rows' keys must be set and no
/// navigation is followed: add parents first. Nothing here audits; the caller's service does.
/// </summary>
public static class BulkInsert
{
    public static async Task InsertAsync<T>(this AppDbContext db, IEnumerable<T> rows, CancellationToken ct = default) where T : class
    {
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = entityType.GetProperties()
            .Select(p => (Property: p, Column: p.GetColumnName(table)!, Mapping: (RelationalTypeMapping)p.GetRelationalTypeMapping()))
            .ToList();
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk inserts run inside the caller's transaction.");
        command.CommandText = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Column)))}) "
            + $"VALUES ({string.Join(", ", columns.Select((_, i) => sql.GenerateParameterNamePlaceholder($"p{i}")))})";
        foreach (var row in rows)
        {
            command.Parameters.Clear();
            for (var i = 0; i < columns.Count; i++)
            {
                var (property, _, mapping) = columns[i];
                // The type mapping converts as EF would (and sets the provider's parameter type).
                command.Parameters.Add(mapping.CreateParameter(command, sql.GenerateParameterName($"p{i}"), property.GetGetter().GetClrValue(row), property.IsNullable));
            }
            await command.ExecuteNonQueryAsync(ct);
        }
    }
}
