namespace Indikator.Core.Data;

/// <summary>PostgreSQL's SQL for the shared loading queries.</summary>
internal sealed class PostgreSqlDialect : SqlDialect
{
    public static readonly PostgreSqlDialect Instance = new();

    public override string IntegerType => "bigint";

    public override string RealType => "double precision";

    public override string TextType => "text";

    public override string MonthText(string dateExpression) => $"to_char({dateExpression}, 'YYYY-MM')";

    public override IReadOnlyList<string> CreateTemporaryTable(string name, string query)
        => [.. base.CreateTemporaryTable(name, query), $"ANALYZE {Quote(name)}"];
}
