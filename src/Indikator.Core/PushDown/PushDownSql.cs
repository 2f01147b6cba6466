using System.Text;
using Indikator.Core.Data;

namespace Indikator.Core.PushDown;

/// <summary>
/// Writes the statements of a linear model fitted inside a database. Every statement returns aggregates only: sums,
/// counts and group keys of the fixed effects and categorical covariates, never a row of the source.
/// </summary>
/// <remarks>
/// <para>Naming: <c>s</c> is the user's query as a subquery; <c>d</c> the design rows, one per used source row, with the
/// weight <c>w</c>, the demeaned design columns <c>z0..</c>, the demeaned outcome <c>zy</c>, the outcome about its mean
/// <c>yc</c> and the cluster keys <c>g0..</c>; <c>r</c> the design rows with the residual <c>e</c>. Design rows exist
/// only inside the statements, on the server. Joined inline tables <c>f0, f1</c> hold, per fixed-effect level, the
/// projection of each column onto the fixed effects (from the first pass), and <c>t0..</c> the 0/1 indicators of
/// each categorical covariate's levels.</para>
/// <para>The SQL is the part PostgreSQL, DuckDB, BigQuery and Spark SQL share: SELECT over a subquery, inner JOIN on
/// equality, WHERE with IS NOT NULL and comparisons, GROUP BY, SUM, COUNT (MIN and MAX only to find a constant
/// covariate in a model without fixed effects), arithmetic and CAST; the differences (quoting, type names, literals,
/// inline tables) are in <see cref="SqlDialect"/>.</para>
/// </remarks>
internal sealed class PushDownSql
{
    /// <summary>At most this many aggregates in one SELECT (PostgreSQL allows 1664 result columns).</summary>
    public const int MaxAggregates = 1000;

    private readonly SqlDialect _dialect;
    private readonly string _query;
    private readonly PushDownModel _model;

    public PushDownSql(SqlDialect dialect, string query, PushDownModel model)
    {
        _dialect = dialect;
        _query = SqlDialect.TrimQuery(query);
        _model = model;
    }

    private string Source => $"FROM ({_query}) AS s";

    private string? Weight => _model.Weights is { } w ? Number(w) : null;

    /// <summary>The text key of a categorical column, as the loaders read categories.</summary>
    public string Key(string column) => _dialect.Cast("s." + _dialect.Quote(column), _dialect.TextType);

    /// <summary>A numeric column as a double.</summary>
    public string Number(string column) => _dialect.Cast("s." + _dialect.Quote(column), _dialect.RealType);

    /// <summary>Rows counted as the in-memory fit counts them: no NULL in a used column (a category of empty or
    /// <c>NA</c> text is missing, as the loaders read it), and, unless <paramref name="zeroWeights"/>, a positive weight.</summary>
    public string Where(bool zeroWeights = false)
    {
        var parts = new List<string>();
        foreach (var c in _model.NumericColumns)
        {
            parts.Add($"s.{_dialect.Quote(c)} IS NOT NULL");
        }

        foreach (var c in _model.CategoricalColumns)
        {
            var key = Key(c);
            parts.Add($"s.{_dialect.Quote(c)} IS NOT NULL AND {key} <> '' AND {key} <> 'NA'");
        }

        if (Weight is { } w)
        {
            parts.Add(zeroWeights ? $"{w} = {_dialect.RealLiteral(0)}" : $"{w} > {_dialect.RealLiteral(0)}");
        }

        return parts.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", parts);
    }

    public string InputCount() => $"SELECT COUNT(*) {Source}";

    public string NegativeWeightCount() => $"SELECT COUNT(*) {Source} WHERE {Weight} < {_dialect.RealLiteral(0)}";

    public string ZeroWeightCount() => $"SELECT COUNT(*) {Source}{Where(zeroWeights: true)}";

    /// <summary>Per fixed-effect cell: the row count, the weighted count, and per numeric column (covariates, then the
    /// outcome) the weighted sum and the weighted sum of squares; without fixed effects one cell, with the minimum and
    /// maximum of each covariate.</summary>
    public string Cells()
    {
        var keys = _model.FixedEffects.Select(Key).ToList();
        var select = new List<string>(keys) { "COUNT(*)", Weight is { } w ? $"SUM({w})" : "COUNT(*)" };
        foreach (var c in _model.Covariates.Append(_model.Outcome))
        {
            select.Add($"SUM({Weighted(Number(c))})");
            select.Add($"SUM({Weighted($"{Number(c)} * {Number(c)}")})");
        }

        if (keys.Count == 0)
        {
            foreach (var c in _model.Covariates)
            {
                select.Add($"MIN({Number(c)})");
                select.Add($"MAX({Number(c)})");
            }
        }

        return Grouped(select, keys);
    }

    /// <summary>Per fixed-effect cell and level of categorical covariate <paramref name="term"/>: the weighted count.</summary>
    public string TermCells(int term)
    {
        var keys = _model.FixedEffects.Select(Key).Append(Key(_model.Terms[term])).ToList();
        return Grouped([.. keys, Weight is { } w ? $"SUM({w})" : "COUNT(*)"], keys);
    }

    /// <summary>The number of distinct (fixed effect, cluster) pairs: equal to the fixed effect's levels when it is nested in the cluster.</summary>
    public string NestingCount(string fixedEffect, string cluster)
    {
        var keys = new[] { Key(fixedEffect), Key(cluster) };
        return $"SELECT COUNT(*) FROM (SELECT {keys[0]} AS k0, {keys[1]} AS k1 {Source}{Where()} GROUP BY {keys[0]}, {keys[1]}) AS n";
    }

    /// <summary>The cross-products sum w z_i z_j (i &lt;= j) of the demeaned design and outcome, and sum w yc^2 when centred; in batches.</summary>
    public List<string> Gram(DesignValues values, bool centred)
    {
        var m = values.Columns;
        var sums = new List<string>();
        for (var i = 0; i < m; i++)
        {
            for (var j = i; j < m; j++)
            {
                sums.Add($"SUM({Weighted($"d.{Z(i, m)} * d.{Z(j, m)}", "d")})");
            }
        }

        if (centred)
        {
            sums.Add($"SUM({Weighted("d.yc * d.yc", "d")})");
        }

        return Batches(sums, [], $"FROM ({DesignRows(values, centred, [])}) AS d");
    }

    /// <summary>sum w e^2 and X~'We over the kept columns, for coefficients <paramref name="b"/>.</summary>
    public List<string> ResidualSums(DesignValues values, double[] b, int[] kept)
    {
        var sums = new List<string> { $"SUM({Weighted("r.e * r.e", "r")})" };
        sums.AddRange(kept.Select(j => $"SUM({Weighted($"r.e * r.z{j}", "r")})"));
        return Batches(sums, [], $"FROM ({Residuals(values, b, [])}) AS r");
    }

    /// <summary>The HC0 meat sum (w e)^2 z_i z_j over the kept columns (i &lt;= j).</summary>
    public List<string> RobustMeat(DesignValues values, double[] b, int[] kept)
    {
        var sums = new List<string>();
        var we = Weight is null ? "r.e" : "r.w * r.e";
        for (var i = 0; i < kept.Length; i++)
        {
            for (var j = i; j < kept.Length; j++)
            {
                sums.Add($"SUM({we} * {we} * r.z{kept[i]} * r.z{kept[j]})");
            }
        }

        return Batches(sums, [], $"FROM ({Residuals(values, b, [])}) AS r");
    }

    /// <summary>
    /// The cluster meat sum_g S_g S_g' with S_g = sum over the rows of cluster g of w e z (kept columns), and the number
    /// of clusters. The score sums are grouped inside the statement, so no cluster key leaves the server.
    /// </summary>
    /// <param name="values">The first pass's values.</param>
    /// <param name="b">The coefficients.</param>
    /// <param name="kept">Kept design columns.</param>
    /// <param name="clusters">The cluster columns whose combination defines a cluster.</param>
    public List<string> ClusterMeat(DesignValues values, double[] b, int[] kept, IReadOnlyList<string> clusters)
    {
        var sums = new List<string>();
        for (var i = 0; i < kept.Length; i++)
        {
            for (var j = i; j < kept.Length; j++)
            {
                sums.Add($"SUM(c.s{kept[i]} * c.s{kept[j]})");
            }
        }

        var scores = string.Join(", ", kept.Select(j => $"SUM({Weighted($"r.e * r.z{j}", "r")}) AS s{j}"));
        var groups = string.Join(", ", clusters.Select((_, g) => $"r.g{g}"));
        var inner = $"SELECT {scores} FROM ({Residuals(values, b, clusters)}) AS r GROUP BY {groups}";
        return Batches(sums, ["COUNT(*)"], $"FROM ({inner}) AS c");
    }

    /// <summary>
    /// The design rows with their residual <c>e</c>, the raw design <c>x0..</c> (not demeaned), and the given
    /// expressions over the source row <c>s</c> (unit keys, the person key): the rows later statements group, never
    /// returned themselves. Only ever a subquery.
    /// </summary>
    /// <param name="values">The first pass's values.</param>
    /// <param name="b">The coefficients.</param>
    /// <param name="extra">Expressions over <c>s</c> with their aliases.</param>
    public string ResidualRows(DesignValues values, double[] b, IReadOnlyList<(string Expression, string Alias)> extra)
        => Residuals(values, b, [], extra);

    /// <summary>The design rows with their residual.</summary>
    private string Residuals(DesignValues values, double[] b, IReadOnlyList<string> clusters, IReadOnlyList<(string Expression, string Alias)>? extra = null)
    {
        var m = values.Columns;
        var p = m - 1;
        var fit = new StringBuilder();
        for (var j = 0; j < p; j++)
        {
            if (b[j] != 0)
            {
                fit.Append(fit.Length == 0 ? string.Empty : " + ").Append(values.Symbolic ? ":b" + j.ToString(System.Globalization.CultureInfo.InvariantCulture) : _dialect.RealLiteral(b[j])).Append(" * d.z").Append(j.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        var e = fit.Length == 0 ? "d.zy" : $"d.zy - ({fit})";
        return $"SELECT d.*, {e} AS e FROM ({DesignRows(values, false, clusters, extra)}) AS d";
    }

    /// <summary>One row per used source row: weight, demeaned columns, cluster keys. Only ever a subquery.</summary>
    private string DesignRows(DesignValues values, bool centred, IReadOnlyList<string> clusters, IReadOnlyList<(string Expression, string Alias)>? extra = null)
    {
        var m = values.Columns;
        var p = m - 1;
        var select = new List<string>();
        if (Weight is { } w)
        {
            select.Add($"{w} AS w");
        }

        for (var j = 0; j < m; j++)
        {
            var raw = j == p ? Number(_model.Outcome) : values.Design[j] switch
            {
                { Kind: DesignKind.Constant } => _dialect.RealLiteral(1),
                { Kind: DesignKind.Numeric } c => Number(c.Column),
                var c => $"t{c.Term}.d{j}",
            };
            var fe = FixedEffectPart(j);
            select.Add($"{(fe is null ? raw : $"{raw} - ({fe})")} AS {Z(j, m)}");
            if (extra is not null)
            {
                select.Add($"{raw} AS {(j == p ? "y" : "x" + j.ToString(System.Globalization.CultureInfo.InvariantCulture))}");
            }
        }

        foreach (var (expression, alias) in extra ?? [])
        {
            select.Add($"{expression} AS {alias}");
        }

        if (centred)
        {
            select.Add($"{Number(_model.Outcome)} - {(values.Symbolic ? ":ybar" : _dialect.RealLiteral(values.OutcomeMean))} AS yc");
        }

        for (var g = 0; g < clusters.Count; g++)
        {
            select.Add($"{Key(clusters[g])} AS g{g}");
        }

        var from = new StringBuilder(Source);
        for (var f = 0; f < _model.FixedEffects.Length; f++)
        {
            string[] columns = ["lvl", .. Enumerable.Range(0, m).Select(j => $"v{j}")];
            var rows = values.Symbolic ? null : values.FixedEffectLevels[f].Select((level, l) =>
                (IReadOnlyList<string>)[_dialect.TextLiteral(level), .. Enumerable.Range(0, m).Select(j => _dialect.RealLiteral(values.FixedEffectValues[j][f]![l]))]).ToList();
            from.Append(" JOIN ").Append(_dialect.ValuesTable("f" + f.ToString(System.Globalization.CultureInfo.InvariantCulture), columns, rows)).Append(" ON ").Append(Key(_model.FixedEffects[f])).Append(" = f" + f.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".lvl");
        }

        for (var t = 0; t < _model.Terms.Length; t++)
        {
            var indicators = Enumerable.Range(0, p).Where(j => values.Design[j].Kind == DesignKind.Indicator && values.Design[j].Term == t).ToArray();
            string[] columns = ["lvl", .. indicators.Select(j => $"d{j}")];
            var rows = values.Symbolic ? null : values.TermLevels[t].Select(level =>
                (IReadOnlyList<string>)[_dialect.TextLiteral(level), .. indicators.Select(j => _dialect.RealLiteral(values.Design[j].Level == level ? 1 : 0))]).ToList();
            from.Append(" JOIN ").Append(_dialect.ValuesTable("t" + t.ToString(System.Globalization.CultureInfo.InvariantCulture), columns, rows)).Append(" ON ").Append(Key(_model.Terms[t])).Append(" = t" + t.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".lvl");
        }

        return $"SELECT {string.Join(", ", select)} {from}{Where()}";

        string? FixedEffectPart(int j) => _model.FixedEffects.Length switch
        {
            0 => null,
            1 => $"f0.v{j}",
            _ => $"f0.v{j} + f1.v{j}",
        };
    }

    private static string Z(int j, int m) => j == m - 1 ? "zy" : $"z{j}";

    /// <summary>w times a product: the source's weight column, or the <c>w</c> of the design rows <paramref name="alias"/>.</summary>
    private string Weighted(string product, string? alias = null)
        => Weight is null ? product : $"{(alias is null ? Weight : alias + ".w")} * {product}";

    private string Grouped(List<string> select, List<string> keys)
        => $"SELECT {string.Join(", ", select)} {Source}{Where()}" + (keys.Count == 0 ? string.Empty : " GROUP BY " + string.Join(", ", keys));

    private static List<string> Batches(List<string> sums, List<string> always, string from)
    {
        var result = new List<string>();
        for (var start = 0; start < Math.Max(sums.Count, 1); start += MaxAggregates)
        {
            var part = sums.Skip(start).Take(MaxAggregates);
            result.Add($"SELECT {string.Join(", ", always.Concat(part))} {from}");
        }

        return result;
    }
}
