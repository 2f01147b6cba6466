using System.Globalization;
using System.Text;
using Indikator.Core.Data;
using Indikator.Core.Outcomes;

namespace Indikator.Core.PushDown;

/// <summary>
/// Writes the work outcomes of <see cref="WorkVolume"/> (<c>atidH</c>, <c>jobbH</c>, <c>atidandelH</c>) as SQL over a
/// stock query and an employment query in the same database, so that the push-down indicators need no outcome column
/// and no row leaves the database. The derived query (<see cref="Stock"/>) has one row per stock row: the person key
/// (as an integer), the month (as text <c>yyyy-MM</c>), the carried columns and one column per outcome.
/// </summary>
/// <remarks>
/// <para>The definitions are those of docs/outcomes.md, section 1: with <c>H(i, m)</c> the sum of the weekly hours of
/// person i's records in month m and <c>h = min(H, cap)</c> (<c>h</c> = 0 without a record),
/// <c>atidH = (1/H) sum_{m=t+1..t+H} h(i, m)</c>, <c>atidandelH = atidH / full time</c>,
/// <c>jobbH = 1[h(i, t+H) &gt; threshold]</c>, and NULL (the in-memory NaN) when <c>t + H</c> is after the last
/// complete month. In SQL: <c>h</c> is <c>SUM</c> over the records grouped by person and month (capped with CASE);
/// <c>k</c> is the distinct (person, month) pairs of the stock; <c>k LEFT JOIN h</c> on the person and
/// <c>t &lt; m &lt;= t + max H</c>, grouped by (person, month), sums each outcome's months with CASE; the stock rows
/// join that back on (person, month). Only GROUP BY, SUM, CASE, CAST and joins on equality and ranges: the SQL that
/// PostgreSQL, DuckDB, BigQuery and Spark SQL share.</para>
/// <para>Months are matched through inline tables of (month as the query gives it, month as <c>yyyy-MM</c>, month
/// index), built in memory from the distinct months (<see cref="StockMonths"/>, <see cref="EmploymentMonths"/>) with the
/// in-memory parser, so that a month is valid exactly when the loaders accept it, and the stock's table holds only the
/// months to report (a months window). Sums of a month's jobs may add in another order than in memory: equal to
/// rounding (1e-15 relative), not necessarily bit for bit.</para>
/// </remarks>
internal sealed class WorkVolumeSql
{
    /// <summary>The name of the person key in the derived query.</summary>
    public const string PersonKeyName = "person_key";

    /// <summary>The name of the measurement month in the derived query.</summary>
    public const string PeriodName = PersonMonthPanel.PeriodColumnName;

    private readonly SqlDialect _d;
    private readonly WorkVolumeSource _source;
    private readonly string _stock;
    private readonly string _employment;

    public WorkVolumeSql(SqlDialect dialect, WorkVolumeSource source)
    {
        _d = dialect;
        _source = source;
        _stock = SqlDialect.TrimQuery(source.StockQuery);
        _employment = SqlDialect.TrimQuery(source.EmploymentQuery);
        if (source.Volume.Outcomes.FirstOrDefault(o => o.NeedsEarnings) is { } earnings)
        {
            throw new NotSupportedException($"Outcome '{earnings.Name}' compares earnings with G, which is not computed inside a database; the work-hours outcomes are.");
        }
    }

    /// <summary>A statement that returns no row and the stock's period column (for its type).</summary>
    public string StockPeriodProbe() => $"SELECT s.{_d.Quote(_source.Period)} FROM ({_stock}) AS s LIMIT 0";

    /// <summary>A statement that returns no row and the employment's month column (for its type).</summary>
    public string EmploymentMonthProbe() => $"SELECT e.{_d.Quote(_source.EmploymentMonth)} FROM ({_employment}) AS e LIMIT 0";

    /// <summary>Per month of the stock as the query gives it (NULL for none): the rows, and the rows with a person key.</summary>
    /// <param name="periodIsDate">Whether the period column is a date (its month is taken) rather than text.</param>
    public string StockMonths(bool periodIsDate)
    {
        var month = Month("s", _source.Period, periodIsDate);
        return $"SELECT {month}, COUNT(*), COUNT(s.{_d.Quote(_source.PersonKey)}) FROM ({_stock}) AS s GROUP BY {month}";
    }

    /// <summary>Per month of the employment records as the query gives it: the records, those with a person key, those
    /// with hours, and the minimum and sum of the hours (a negative minimum or a sum that is not finite is bad data).</summary>
    /// <param name="monthIsDate">Whether the month column is a date rather than text.</param>
    public string EmploymentMonths(bool monthIsDate)
    {
        var month = Month("e", _source.EmploymentMonth, monthIsDate);
        var hours = Hours();
        return $"SELECT {month}, COUNT(*), COUNT(e.{_d.Quote(_source.EmploymentPersonKey)}), COUNT(e.{_d.Quote(_source.WeeklyHours)}), MIN({hours}), SUM({hours}) FROM ({_employment}) AS e GROUP BY {month}";
    }

    /// <summary>The stock rows in <paramref name="stockMonths"/> with their work outcomes (see the remarks).</summary>
    /// <param name="stockMonths">The stock's months to keep, each as the query gives it and parsed; null writes a placeholder (an explanation).</param>
    /// <param name="employmentMonths">The employment's months, each as the query gives it and parsed; null writes a placeholder.</param>
    /// <param name="periodIsDate">Whether the stock's period column is a date.</param>
    /// <param name="monthIsDate">Whether the employment's month column is a date.</param>
    public string Stock(IReadOnlyList<(string Text, YearMonth Month)>? stockMonths, IReadOnlyList<(string Text, YearMonth Month)>? employmentMonths, bool periodIsDate, bool monthIsDate)
    {
        var volume = _source.Volume;
        var outcomes = volume.Outcomes;
        var maxHorizon = outcomes.Max(o => o.Horizon);
        var last = volume.LastCompleteMonth.Index;
        var stockTable = _d.ValuesTable("m", ["src", "ym", "ix"], stockMonths?.Select(m => (IReadOnlyList<string>)[_d.TextLiteral(m.Text), _d.TextLiteral(m.Month.ToString()), Integer(m.Month.Index)]).ToList());

        // Only the months some outcome reads: after the first stock month, up to the earlier of the last complete month and
        // the last stock month + the longest horizon (records outside are ignored in memory too).
        List<IReadOnlyList<string>>? employmentRows = null;
        if (employmentMonths is not null && stockMonths is not null)
        {
            var first = stockMonths.Count == 0 ? int.MaxValue : stockMonths.Min(m => m.Month.Index);
            var end = stockMonths.Count == 0 ? int.MinValue : Math.Min(last, stockMonths.Max(m => m.Month.Index) + maxHorizon);
            employmentRows = [.. employmentMonths.Where(m => m.Month.Index > first && m.Month.Index <= end)
                .Select(m => (IReadOnlyList<string>)[_d.TextLiteral(m.Text), Integer(m.Month.Index)])];
            if (employmentRows.Count == 0)
            {
                // No record is in a needed month: a row that matches no month, since an inline table cannot be empty.
                employmentRows.Add([_d.Cast("NULL", _d.TextType), Integer(-1)]);
            }
        }

        var employmentTable = _d.ValuesTable("n", ["src", "ix"], employmentRows);
        var stockKey = _d.Cast("s." + _d.Quote(_source.PersonKey), _d.IntegerType);
        var employmentKey = _d.Cast("e." + _d.Quote(_source.EmploymentPersonKey), _d.IntegerType);
        var stockJoin = $"JOIN {stockTable} ON {Month("s", _source.Period, periodIsDate)} = m.src";

        var sum = $"SUM({Hours()})";
        var capped = volume.MonthlyHoursCap is { } cap ? $"CASE WHEN {sum} > {_d.RealLiteral(cap)} THEN {_d.RealLiteral(cap)} ELSE {sum} END" : sum;
        var hours = $"SELECT {employmentKey} AS pk, n.ix AS mo, {capped} AS h FROM ({_employment}) AS e JOIN {employmentTable} ON {Month("e", _source.EmploymentMonth, monthIsDate)} = n.src GROUP BY {employmentKey}, n.ix";
        var persons = $"SELECT {stockKey} AS pk, m.ix AS t FROM ({_stock}) AS s {stockJoin} GROUP BY {stockKey}, m.ix";

        var zero = _d.RealLiteral(0);
        var sums = outcomes.Select((o, i) => o.Kind == WorkOutcomeKind.InWork
            ? $"SUM(CASE WHEN h.mo = k.t + {Integer(o.Horizon)} AND h.h > {_d.RealLiteral(volume.InWorkHoursThreshold)} THEN {_d.RealLiteral(1)} ELSE {zero} END) AS o{i}"
            : $"SUM(CASE WHEN h.mo <= k.t + {Integer(o.Horizon)} THEN h.h ELSE {zero} END) AS o{i}");
        var perPersonMonth = $"SELECT k.pk AS pk, k.t AS t, {string.Join(", ", sums)} FROM ({persons}) AS k LEFT JOIN ({hours}) AS h ON h.pk = k.pk AND h.mo > k.t AND h.mo <= k.t + {Integer(maxHorizon)} GROUP BY k.pk, k.t";

        var select = new List<string>
        {
            $"{stockKey} AS {_d.Quote(PersonKeyName)}",
            $"m.ym AS {_d.Quote(PeriodName)}",
        };
        select.AddRange(_source.Columns.Select(c => $"s.{_d.Quote(c.Column)} AS {_d.Quote(c.Name)}"));
        for (var i = 0; i < outcomes.Count; i++)
        {
            var o = outcomes[i];
            var value = o.Kind switch
            {
                WorkOutcomeKind.InWork => $"o.o{i}",
                WorkOutcomeKind.AverageWeeklyHours => $"o.o{i} / {_d.RealLiteral(o.Horizon)}",
                _ => $"o.o{i} / {_d.RealLiteral(o.Horizon)} / {_d.RealLiteral(volume.FullTimeHours)}",
            };

            // Censored, as in memory, when the outcome needs a month after the last complete one.
            select.Add($"CASE WHEN m.ix > {Integer(last - o.Horizon)} THEN NULL ELSE {value} END AS {_d.Quote(o.Name)}");
        }

        return new StringBuilder("SELECT ").AppendJoin(", ", select)
            .Append(CultureInfo.InvariantCulture, $" FROM ({_stock}) AS s {stockJoin} LEFT JOIN ({perPersonMonth}) AS o ON o.pk = {stockKey} AND o.t = m.ix")
            .ToString();
    }

    private string Hours() => _d.Cast("e." + _d.Quote(_source.WeeklyHours), _d.RealType);

    private string Month(string alias, string column, bool isDate)
    {
        var name = alias + "." + _d.Quote(column);
        return isDate ? _d.MonthText(name) : _d.Cast(name, _d.TextType);
    }

    private static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);
}
