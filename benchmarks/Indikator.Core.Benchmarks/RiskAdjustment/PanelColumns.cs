using Indikator.Core.Data;

namespace Indikator.Core.Benchmarks.RiskAdjustment;

/// <summary>A table builder that shares a generated table's columns, for suites that add columns of their own.</summary>
internal static class PanelColumns
{
    /// <summary>A builder holding every numeric and categorical column of <paramref name="panel"/>, not copied.</summary>
    public static ColumnTableBuilder Builder(ColumnTable panel)
    {
        var builder = new ColumnTableBuilder();
        foreach (var column in panel.NumericColumns)
        {
            builder.AddNumeric(column.Name, column.Array);
        }

        foreach (var column in panel.CategoricalColumns)
        {
            builder.AddCategorical(column.Name, column.CodeArray, column.Levels);
        }

        return builder;
    }
}
