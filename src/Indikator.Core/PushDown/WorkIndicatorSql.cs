using System.Globalization;
using System.Text;
using Indikator.Core.Data;
using Indikator.Core.Indicators.Work;

namespace Indikator.Core.PushDown;

/// <summary>
/// Writes the statements of the work indicators computed inside a database (variant (a)). Every statement returns
/// aggregates only: a histogram of a decile column's values, the months, the combinations of unit categories, and
/// per-cell sums; a person key appears only in GROUP BY and JOIN inside subqueries.
/// </summary>
/// <remarks>
/// <para>The model's rows are the <em>derived query</em> (<see cref="Derived"/>) over the user's query <c>s</c>: the
/// outcomes and numeric covariates as doubles, the categorical and unit columns as text, each band and decile as a
/// text category written with CASE (the in-memory path's levels, cut points as exact literals), the measurement month
/// as text <c>yyyy-MM</c> and the person key as it is. The fit (<see cref="PushDownLinearModel"/>) and the cell sums
/// read the derived query, so they see exactly the rows and categories the in-memory path sees.</para>
/// <para>Cell sums (<see cref="CellSums"/>): the residual rows <c>r</c> (<see cref="PushDownSql.ResidualRows"/>) are
/// grouped by cell and person into <c>c</c> (rows n, residual sum E, outcome sum); the outer GROUP BY cell
/// returns the persons COUNT(*), sum n, sum E, sum E^2, sum n E, sum n^2 and, for the pooled model, sum E s_j, where
/// s = sum over the person's rows of x e (all the person's rows, joined in as <c>p</c>, grouped by person). The design
/// sums come from a GROUP BY cell of their own, joined on the cell keys; with one row per person and month,
/// <see cref="FinestCellSums"/> gives every level's monthly cells at once.</para>
/// </remarks>
internal sealed class WorkIndicatorSql
{
    private readonly SqlDialect _dialect;
    private readonly string _query;
    private readonly WorkIndicatorOptions _options;
    private readonly string _personKey;
    private readonly string _period;
    private readonly bool _periodIsDate;

    public WorkIndicatorSql(SqlDialect dialect, string query, WorkIndicatorOptions options, string personKey, string period, bool periodIsDate)
    {
        _dialect = dialect;
        _query = SqlDialect.TrimQuery(query);
        _options = options;
        _personKey = personKey;
        _period = period;
        _periodIsDate = periodIsDate;
        UnitColumns = [.. options.Units.SelectMany(u => u.Columns).Distinct(StringComparer.Ordinal)];
        Groups = [.. options.Units.SelectMany(u => u.Groups)];
    }

    /// <summary>Gets the priority groups of every priority-group level, in order; membership flag <c>g{i}</c> in the
    /// residual rows (1 when all the group's conditions hold, else 0).</summary>
    public PriorityGroup[] Groups { get; }

    /// <summary>Gets the distinct columns of the units, in order of first use; unit key <c>u{i}</c> in the residual rows.</summary>
    public string[] UnitColumns { get; }

    private string Source => $"FROM ({_query}) AS s";

    private string Column(string name) => "s." + _dialect.Quote(name);

    private string Number(string name) => _dialect.Cast(Column(name), _dialect.RealType);

    private string Text(string name) => _dialect.Cast(Column(name), _dialect.TextType);

    /// <summary>The values of a decile column and how many rows have each (rows with a value), for the cut points.</summary>
    public string DecileHistogram(string column)
        => $"SELECT {Number(column)}, COUNT(*) {Source} WHERE {Column(column)} IS NOT NULL GROUP BY {Number(column)}";

    /// <summary>The rows of the model and the units, derived from the user's query (see the remarks).</summary>
    /// <param name="cuts">Per decile column, its nine cut points; null writes placeholders (an explanation).</param>
    public string Derived(double[]?[] cuts)
    {
        var model = _options.Model;
        var select = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in _options.Outcomes.Concat(model.Numeric).Where(seen.Add))
        {
            select.Add($"{Number(c)} AS {_dialect.Quote(c)}");
        }

        foreach (var c in model.Categorical.Select(t => t.Column).Concat(UnitColumns).Where(seen.Add))
        {
            select.Add($"{Text(c)} AS {_dialect.Quote(c)}");
        }

        // The columns the priority groups' conditions read, as they are (any column, not only the model's).
        foreach (var condition in Groups.SelectMany(g => g.Conditions).Where(c => seen.Add(c.Column)))
        {
            select.Add($"{(condition.IsCategorical ? Text(condition.Column) : Number(condition.Column))} AS {_dialect.Quote(condition.Column)}");
        }

        foreach (var band in model.Bands)
        {
            // Band k holds c_k <= x < c_(k+1), as BandedCovariate.Codes; a NULL value has no band (missing).
            var levels = band.Levels();
            var sql = new StringBuilder($"CASE WHEN {Column(band.Column)} IS NULL THEN NULL");
            for (var k = 0; k < band.Cuts.Count; k++)
            {
                sql.Append(CultureInfo.InvariantCulture, $" WHEN {Number(band.Column)} < {_dialect.RealLiteral(band.Cuts[k])} THEN {_dialect.TextLiteral(levels[k])}");
            }

            select.Add(sql.Append(CultureInfo.InvariantCulture, $" ELSE {_dialect.TextLiteral(levels[^1])} END AS {_dialect.Quote(band.BandColumn)}").ToString());
        }

        for (var d = 0; d < model.Deciles.Count; d++)
        {
            // Decile = 1 + the number of cut points below the value, as ModelSource.DecileCodes.
            var column = model.Deciles[d];
            var sql = new StringBuilder($"CASE WHEN {Column(column)} IS NULL THEN NULL");
            for (var k = 0; k < 9; k++)
            {
                var cut = cuts[d] is { } c ? _dialect.RealLiteral(c[k]) : $":{column}_cut{k + 1}";
                sql.Append(CultureInfo.InvariantCulture, $" WHEN {Number(column)} <= {cut} THEN 'D{k + 1:00}'");
            }

            select.Add(sql.Append(CultureInfo.InvariantCulture, $" ELSE 'D10' END AS {_dialect.Quote(WorkRiskModelSpec.DecileColumn(column))}").ToString());
        }

        var month = _periodIsDate ? _dialect.MonthText(Column(_period)) : Text(_period);
        select.Add($"{month} AS {_dialect.Quote(ModelSource.PeriodColumn)}");
        select.Add($"{Column(_personKey)} AS {_dialect.Quote(ModelSource.PersonColumn)}");
        return $"SELECT {string.Join(", ", select)} {Source}";
    }

    /// <summary>
    /// The model's columns in the order <see cref="RowExclusions"/> looks for the first missing one: numeric, banded and
    /// decile columns (each once), then categorical ones.
    /// </summary>
    public string[] ExclusionColumns()
    {
        var model = _options.Model;
        var numeric = model.Numeric.Concat(model.Bands.Select(b => b.Column)).Concat(model.Deciles).Distinct(StringComparer.Ordinal);
        return [.. numeric, .. model.Categorical.Select(t => t.Column)];
    }

    /// <summary>
    /// The rows each outcome leaves out, by reason, in one statement over the user's query: per row the index of the
    /// first missing model column (<see cref="ExclusionColumns"/>; -1 when none) as <c>f</c>, and per outcome whether it
    /// is missing; grouped by <c>f</c>, per outcome the rows whose outcome is missing and the rows whose outcome is
    /// present. Missing is what the loaders read as missing: NULL, and for a category also empty or <c>NA</c> text.
    /// </summary>
    public string Exclusions()
    {
        var columns = ExclusionColumns();
        var numeric = columns.Length - _options.Model.Categorical.Count;
        var first = new StringBuilder("CASE");
        for (var c = 0; c < columns.Length; c++)
        {
            var missing = c < numeric ? $"{Column(columns[c])} IS NULL" : MissingCategory(columns[c]);
            first.Append(CultureInfo.InvariantCulture, $" WHEN {missing} THEN {c}");
        }

        var f = columns.Length == 0 ? "-1" : first.Append(" ELSE -1 END").ToString();
        var select = new List<string> { $"{f} AS f" };
        // As doubles: a SUM of integers is a 128-bit integer in DuckDB, which ADO.NET hands out as a BigInteger.
        select.AddRange(_options.Outcomes.Select((o, i) => $"{_dialect.Cast($"CASE WHEN {Column(o)} IS NULL THEN 1 ELSE 0 END", _dialect.RealType)} AS o{i}"));
        var sums = _options.Outcomes.SelectMany((_, i) => new[] { $"SUM(x.o{i})", $"SUM(1 - x.o{i})" });
        return $"SELECT x.f, {string.Join(", ", sums)} FROM (SELECT {string.Join(", ", select)} {Source}) AS x GROUP BY x.f";
    }

    /// <summary>A category the loaders read as missing: NULL, empty or <c>NA</c> (as <see cref="PushDownSql.Where"/>).</summary>
    private string MissingCategory(string column) => $"({Column(column)} IS NULL OR {Text(column)} = '' OR {Text(column)} = 'NA')";

    /// <summary>The months with their rows and persons, over every row (as the in-memory path's months). The rows are
    /// grouped by month and person first: when every month has as many persons as rows, no person has two rows in a
    /// month, and <see cref="FinestCellSums"/> can stand in for every level's monthly <see cref="CellSums"/>.</summary>
    public string Months(string derived)
    {
        var month = "s." + _dialect.Quote(ModelSource.PeriodColumn);
        var person = "s." + _dialect.Quote(ModelSource.PersonColumn);
        return $"SELECT c.mo, SUM(c.n), COUNT(*) FROM (SELECT {month} AS mo, {person} AS pk, {_dialect.Cast("COUNT(*)", _dialect.RealType)} AS n FROM ({derived}) AS s GROUP BY {month}, {person}) AS c GROUP BY c.mo";
    }

    /// <summary>
    /// The monthly sums of every unit level in one statement, for rows with at most one per person and month
    /// (<see cref="Months"/>): over the fit's residual rows, per combination of all unit columns and month. A person's
    /// part of a monthly cell is then a single row, so the person-cluster sums of <see cref="CellSums"/> are row sums
    /// (persons = rows, sum E^2 = sum e^2, sum n E = sum e, sum n^2 = rows, sum E s_j = sum e s_j), and each level's
    /// cells are sums of these combinations. Columns: the unit keys and the month, then rows, sum y, sum e, the design
    /// sums, sum e^2 and, with <paramref name="scores"/>, sum e s_j.
    /// </summary>
    public string FinestCellSums(PushDownFitDetails fit, bool scores)
    {
        var rows = fit.Sql.ResidualRows(fit.Values, fit.Coefficients, Extra());
        string[] keys = [.. UnitColumns.Select((_, i) => $"r.u{i}"), "r.mo"];
        var select = new List<string>(keys) { _dialect.Cast("COUNT(*)", _dialect.RealType), "SUM(r.y)", "SUM(r.e)" };
        select.AddRange(fit.Kept.Select(j => $"SUM(r.x{j})"));
        select.Add("SUM(r.e * r.e)");
        var from = $"FROM ({rows}) AS r";
        if (scores)
        {
            select.AddRange(fit.Kept.Select(j => $"SUM(r.e * p.q{j})"));
            from += $" JOIN ({PersonScores(fit, rows)}) AS p ON r.pk = p.pk";
        }

        return $"SELECT {string.Join(", ", select)} {from} GROUP BY {string.Join(", ", keys)}";
    }

    /// <summary>Per person, the score s = sum over the person's rows of x e, as <c>q{j}</c>.</summary>
    private static string PersonScores(PushDownFitDetails fit, string rows)
        => $"SELECT r.pk AS pk, {string.Join(", ", fit.Kept.Select(j => $"SUM(r.e * r.x{j}) AS q{j}"))} FROM ({rows}) AS r GROUP BY r.pk";

    /// <summary>The combinations of unit categories that occur in some row, with their row counts.</summary>
    public string UnitCombinations(string derived)
    {
        var keys = string.Join(", ", UnitColumns.Select(c => "s." + _dialect.Quote(c)));
        return $"SELECT {keys}, COUNT(*) FROM ({derived}) AS s GROUP BY {keys}";
    }

    /// <summary>
    /// The sums of one cell layout over the fit's residual rows: per unit (the level's columns) and, when
    /// <paramref name="monthly"/>, month. Columns: the keys, then sum n, sum y, sum e, the design sums (monthly), the
    /// persons, sum E^2, sum n E, sum n^2 and the score cross-moments (<paramref name="scores"/>).
    /// </summary>
    /// <param name="fit">The fit.</param>
    /// <param name="level">The level (the country has no key columns).</param>
    /// <param name="monthly">Whether the cells are unit x month (with design sums), or units pooled over months.</param>
    /// <param name="scores">Whether to add sum_p E_pc s_p (the pooled model's monthly cells).</param>
    public string CellSums(PushDownFitDetails fit, WorkUnitLevel level, bool monthly, bool scores)
    {
        var keys = level.Columns.Select(c => $"r.u{Array.IndexOf(UnitColumns, c)}").ToList();
        var present = string.Join(" AND ", keys.Select(k => $"{k} IS NOT NULL AND {k} <> '' AND {k} <> 'NA'"));
        return Sums(fit, keys, present, monthly, scores);
    }

    /// <summary>The sums of priority group <paramref name="group"/> (index into <see cref="Groups"/>) per month, or pooled
    /// over the months: as <see cref="CellSums"/>, over the residual rows where the group's conditions hold.</summary>
    public string GroupCellSums(PushDownFitDetails fit, int group, bool monthly, bool scores)
        => Sums(fit, [], $"r.g{group} = 1", monthly, scores);

    /// <summary>
    /// What disclosure control of a priority-group level needs beyond the cells (GroupSuppression, rule 2), per month
    /// (<paramref name="monthly"/>: the month key first) or pooled, for every ordered pair (A, B) of groups of the level
    /// and for A the country: the rows of B outside A, and the distinct persons with a row in A but not in B. The rows
    /// are grouped by month and person (or person) inside the statement; only the counts leave it.
    /// </summary>
    /// <param name="fit">The fit whose used rows are counted.</param>
    /// <param name="groups">The indices (into <see cref="Groups"/>) of the level's groups.</param>
    /// <param name="monthly">Whether per month, or pooled over the months.</param>
    public string GroupDifferences(PushDownFitDetails fit, int[] groups, bool monthly)
    {
        var inner = new List<string>();
        var outer = new List<string>();
        if (monthly)
        {
            inner.Add("r.mo AS mo");
            outer.Add("c.mo");
        }

        var pair = 0;
        foreach (var b in groups)
        {
            foreach (var a in groups.Prepend(-1).Where(a => a != b))
            {
                // In A: every row for the country; 1.0 so that sums are doubles on every engine.
                var inA = a < 0 ? "1 = 1" : $"r.g{a} = 1";
                inner.Add($"SUM(CASE WHEN r.g{b} = 1 AND NOT ({inA}) THEN 1.0 ELSE 0.0 END) AS o{pair}");
                inner.Add($"SUM(CASE WHEN r.g{b} = 0 AND {inA} THEN 1.0 ELSE 0.0 END) AS d{pair}");
                outer.Add($"SUM(c.o{pair})");
                outer.Add($"SUM(CASE WHEN c.d{pair} > 0 THEN 1.0 ELSE 0.0 END)");
                pair++;
            }
        }

        var rows = fit.Sql.ResidualRows(fit.Values, fit.Coefficients, Extra());
        var groupBy = monthly ? "r.mo, r.pk" : "r.pk";
        return $"SELECT {string.Join(", ", outer)} FROM (SELECT {string.Join(", ", inner)} FROM ({rows}) AS r GROUP BY {groupBy}) AS c{(monthly ? " GROUP BY c.mo" : string.Empty)}";
    }

    /// <summary>The categories of a column that occur, with their row counts (to check a priority group's categories,
    /// as the in-memory path checks them against the column's levels).</summary>
    public string Categories(string column)
        => $"SELECT {Text(column)}, COUNT(*) {Source} GROUP BY {Text(column)}";

    /// <summary>
    /// The condition of a priority group over the user's row <c>s</c>: every condition holds. A missing value satisfies
    /// no condition (NULL, and for a category also empty or <c>NA</c> text), as GroupMembership.
    /// </summary>
    public string Condition(PriorityGroup group)
    {
        var parts = new List<string>();
        foreach (var condition in group.Conditions)
        {
            if (condition.IsCategorical)
            {
                var list = string.Join(", ", condition.Categories.Select(_dialect.TextLiteral));
                var present = $"{Column(condition.Column)} IS NOT NULL AND {Text(condition.Column)} <> '' AND {Text(condition.Column)} <> 'NA'";
                parts.Add($"{present} AND {Text(condition.Column)} {(condition.Operator == GroupOperator.In ? "IN" : "NOT IN")} ({list})");
            }
            else
            {
                var op = condition.Operator switch
                {
                    GroupOperator.LessThan => "<",
                    GroupOperator.AtMost => "<=",
                    GroupOperator.GreaterThan => ">",
                    _ => ">=",
                };
                parts.Add($"{Column(condition.Column)} IS NOT NULL AND {Number(condition.Column)} {op} {_dialect.RealLiteral(condition.Value)}");
            }
        }

        return string.Join(" AND ", parts.Select(p => $"({p})"));
    }

    /// <summary>What the residual rows carry beyond the fit's design: unit keys <c>u{i}</c>, group flags <c>g{i}</c>, the month <c>mo</c> and the person key <c>pk</c>.</summary>
    private List<(string Expression, string Alias)> Extra()
        => [.. UnitColumns.Select((c, i) => (Text(c), $"u{i}")),
            .. Groups.Select((g, i) => ($"CASE WHEN {Condition(g)} THEN 1 ELSE 0 END", $"g{i}")),
            ("s." + _dialect.Quote(ModelSource.PeriodColumn), "mo"),
            ("s." + _dialect.Quote(ModelSource.PersonColumn), "pk")];

    /// <summary>
    /// Per unit of <paramref name="level"/>, pooled over the months, over the rows of a variant (b) fit (unit and month
    /// fixed effects): the columns of <see cref="CellSums"/> with the design sums, which variant (b)'s centring and
    /// standard errors need (OutcomeContext.FixedEffectFromCells).
    /// </summary>
    public string UnitSums(PushDownFitDetails fit, WorkUnitLevel level)
    {
        var keys = level.Columns.Select(c => $"r.u{Array.IndexOf(UnitColumns, c)}").ToList();
        var present = string.Join(" AND ", keys.Select(k => $"{k} IS NOT NULL AND {k} <> '' AND {k} <> 'NA'"));
        return Sums(fit, keys, present, monthly: false, scores: false, design: true);
    }

    private string Sums(PushDownFitDetails fit, List<string> keys, string filter, bool monthly, bool scores, bool? design = null)
    {
        var rows = fit.Sql.ResidualRows(fit.Values, fit.Coefficients, Extra());
        keys = [.. keys];
        if (monthly)
        {
            keys.Add("r.mo");
        }

        var kept = design ?? monthly ? fit.Kept : [];
        var where = filter.Length == 0 ? string.Empty : " WHERE " + filter;
        var inner = new List<string>();
        inner.AddRange(keys.Select((k, i) => $"{k} AS k{i}"));
        inner.Add("r.pk AS pk");
        inner.Add($"{_dialect.Cast("COUNT(*)", _dialect.RealType)} AS n");
        inner.Add("SUM(r.e) AS se");
        inner.Add("SUM(r.y) AS sy");
        var innerSql = $"SELECT {string.Join(", ", inner)} FROM ({rows}) AS r{where} GROUP BY {string.Join(", ", keys.Append("r.pk"))}";

        var outer = new List<string>();
        var groups = keys.Select((_, i) => $"c.k{i}").ToList();
        outer.AddRange(groups.Select((g, i) => $"{g} AS k{i}"));
        outer.AddRange(["SUM(c.n) AS n", "SUM(c.sy) AS sy", "SUM(c.se) AS se"]);
        outer.AddRange(["COUNT(*) AS clusters", "SUM(c.se * c.se) AS see", "SUM(c.n * c.se) AS nse", "SUM(c.n * c.n) AS nn"]);
        var from = $"FROM ({innerSql}) AS c";
        if (scores)
        {
            outer.AddRange(fit.Kept.Select(j => $"SUM(c.se * p.q{j}) AS sq{j}"));
            from += $" JOIN ({PersonScores(fit, rows)}) AS p ON c.pk = p.pk";
        }

        var cells = $"SELECT {string.Join(", ", outer)} {from}{(groups.Count == 0 ? string.Empty : " GROUP BY " + string.Join(", ", groups))}";
        if (kept.Length == 0)
        {
            return cells;
        }

        string[] totals = ["a.n", "a.sy", "a.se"];
        string[] clusterSums = ["a.clusters", "a.see", "a.nse", "a.nn", .. (scores ? fit.Kept.Select(j => $"a.sq{j}") : [])];

        // The design sums are sums over rows, so they are grouped by cell alone rather than carried through the cell x
        // person grouping: a hash aggregate with some thirty sums over one group per person-month took most of a statement's time.
        var designSql = $"SELECT {string.Join(", ", [.. keys.Select((k, i) => $"{k} AS k{i}"), .. kept.Select(j => $"SUM(r.x{j}) AS sx{j}")])} FROM ({rows}) AS r{where}{(keys.Count == 0 ? string.Empty : " GROUP BY " + string.Join(", ", keys))}";
        var on = keys.Count == 0 ? "1 = 1" : string.Join(" AND ", keys.Select((_, i) => $"a.k{i} = d.k{i}"));
        return $"SELECT {string.Join(", ", [.. keys.Select((_, i) => $"a.k{i}"), .. totals, .. kept.Select(j => $"d.sx{j}"), .. clusterSums])} FROM ({cells}) AS a JOIN ({designSql}) AS d ON {on}";
    }
}
