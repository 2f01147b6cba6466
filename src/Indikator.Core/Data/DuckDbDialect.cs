namespace Indikator.Core.Data;

/// <summary>DuckDB's SQL for the shared loading queries.</summary>
internal sealed class DuckDbDialect : SqlDialect
{
    public static readonly DuckDbDialect Instance = new();

    public override string IntegerType => "BIGINT";

    public override string RealType => "DOUBLE";

    public override string TextType => "VARCHAR";

    public override string MonthText(string dateExpression) => $"strftime({dateExpression}, '%Y-%m')";
}
