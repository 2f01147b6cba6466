using System.Globalization;
using System.Text;
using Indikator.Core.Data;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Synthetic;
using Indikator.Core.Tests.Indicators.Work;
using Npgsql;

namespace Indikator.Core.Tests.PushDown;

/// <summary>
/// A small synthetic stock with the four NAV outcomes (WorkFixtures.Build), for comparing the work indicators computed
/// inside a database with <see cref="WorkIndicators.Compute(PersonMonthPanel, WorkIndicatorOptions?, CancellationToken)"/>
/// on the same rows, read back from the same database.
/// </summary>
internal static class WorkPushDownData
{
    /// <summary>1e-10, relative; values near zero (contributions, relative contributions, funnel limits, z-scores) are
    /// compared absolutely on the scale of the outcome's national mean (or of the standard error), see <see cref="AssertSame"/>.</summary>
    public const double Tolerance = 1e-10;

    private static readonly Lazy<PersonMonthPanel> PanelValue = new(() => WorkFixtures.Build(new SyntheticOptions { Seed = 11, TargetPersonMonths = 24_000, Months = 8 }).Panel);

    /// <summary>Gets the panel: about 24 000 person-months over 8 months.</summary>
    public static PersonMonthPanel Panel => PanelValue.Value;

    /// <summary>Gets the schema that reads every column of the panel back.</summary>
    public static CsvSchema Schema
    {
        get
        {
            var schema = new CsvSchema().WithPersonKey("person_key").WithPeriod("period");
            foreach (var c in Panel.NumericColumns)
            {
                schema = schema.AddNumeric(c.Name);
            }

            foreach (var c in Panel.CategoricalColumns)
            {
                schema = schema.AddCategorical(c.Name);
            }

            return schema;
        }
    }

    /// <summary>Variant (a) on the default levels (country, office, region, need category, and the crossings), two outcomes.</summary>
    public static WorkIndicatorOptions Options(bool withinMonth = false) => new()
    {
        Outcomes = ["jobb3", "atid12"],
        FixedEffectLevels = [],
        Model = WorkRiskModelSpec.Default with { CompareWithinMonth = withinMonth },
        MaxDegreeOfParallelism = 1,
    };

    /// <summary>
    /// One outcome on the country, office, need category and a level of overlapping priority groups: a union of a model
    /// term's levels (under 30, whose pooled contribution is zero by construction), a group nested in it (under 30 with
    /// standard need), a NOT IN condition, and small groups (64 or more; 64 or more with lasting need) whose cells are
    /// suppressed, some by the nested-difference and month-margin rules.
    /// </summary>
    public static WorkIndicatorOptions GroupOptions(bool withinMonth = false) => Options(withinMonth) with
    {
        Outcomes = ["jobb3"],
        Units =
        [
            WorkUnitLevel.Country,
            new WorkUnitLevel("office", "office"),
            new WorkUnitLevel("need_category", "need_category"),
            WorkUnitLevel.PriorityGroups(
                "priority_group",
                new PriorityGroup("under 30", GroupCondition.Compare("age", GroupOperator.LessThan, 30)),
                new PriorityGroup("under 30, standard", GroupCondition.Compare("age", GroupOperator.LessThan, 30), GroupCondition.OneOf("need_category", "standard")),
                new PriorityGroup("not standard", GroupCondition.NoneOf("need_category", "standard")),
                new PriorityGroup("64 or more", GroupCondition.Compare("age", GroupOperator.AtLeast, 64)),
                new PriorityGroup("64 or more, lasting", GroupCondition.Compare("age", GroupOperator.AtLeast, 64), GroupCondition.OneOf("need_category", "varig_tilpasset", "spesielt_tilpasset"))),
        ],
    };

    /// <summary>Variant (a) and variant (b) (office fixed effects) on the default levels, variant (b) for the office and
    /// office x need category levels, which share the office fit.</summary>
    public static WorkIndicatorOptions FixedEffectOptions(bool withinMonth = false) => Options(withinMonth) with
    {
        Outcomes = ["jobb3", "atid12"],
        FixedEffectLevels = ["office", "office_need_category"],
    };

    /// <summary>Creates <paramref name="table"/> in PostgreSQL and loads the panel with COPY (text format).</summary>
    public static void CopyToPostgreSql(NpgsqlConnection connection, string table)
    {
        var panel = Panel;
        var columns = new List<string> { "person_key bigint", "period date" };
        columns.AddRange(panel.NumericColumns.Select(c => $"\"{c.Name}\" double precision"));
        columns.AddRange(panel.CategoricalColumns.Select(c => $"\"{c.Name}\" text"));
        using (var create = new NpgsqlCommand($"create table {table} ({string.Join(", ", columns)})", connection))
        {
            create.ExecuteNonQuery();
        }

        var names = string.Join(", ", new[] { "person_key", "period" }.Concat(panel.NumericColumns.Select(c => $"\"{c.Name}\"")).Concat(panel.CategoricalColumns.Select(c => $"\"{c.Name}\"")));
        using var writer = connection.BeginTextImport($"copy {table} ({names}) from stdin");
        var keys = panel.PersonKeys.Span;
        var periods = panel.Periods.Span;
        var line = new StringBuilder();
        for (var r = 0; r < panel.RowCount; r++)
        {
            line.Clear().Append(keys[r].ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(CultureInfo.InvariantCulture, $"{periods[r].Year:0000}-{periods[r].Month:00}-01");
            foreach (var c in panel.NumericColumns)
            {
                var v = c.Array[r];
                line.Append('\t').Append(double.IsNaN(v) ? "\\N" : v.ToString("R", CultureInfo.InvariantCulture));
            }

            foreach (var c in panel.CategoricalColumns)
            {
                var code = c.CodeArray[r];
                line.Append('\t').Append(code < 0 ? "\\N" : c.Levels[code]);
            }

            writer.WriteLine(line.ToString());
        }
    }

    /// <summary>Asserts that every table and comparison of <paramref name="pushed"/> equals <paramref name="memory"/>'s:
    /// the same tables, rows, statuses and counts, and every number to <see cref="Tolerance"/>.</summary>
    public static void AssertSame(WorkIndicatorResult memory, WorkIndicatorResult pushed)
    {
        Assert.Equal(memory.Tables.Select(t => (t.Outcome, t.Level.Name, t.Variant)), pushed.Tables.Select(t => (t.Outcome, t.Level.Name, t.Variant)));
        foreach (var (expected, actual) in memory.Tables.Zip(pushed.Tables))
        {
            var scale = Math.Abs(memory.Table(expected.Outcome, WorkUnitLevel.Country.Name).Find(WorkUnitLevel.CountryUnit, null)!.Actual!.Value);
            Assert.Equal(expected.Rows.Select(r => (r.Unit, r.Month, r.Status, r.Persons, r.PersonMonths)), actual.Rows.Select(r => (r.Unit, r.Month, r.Status, r.Persons, r.PersonMonths)));
            foreach (var (e, p) in expected.Rows.Zip(actual.Rows))
            {
                var where = $"{expected.Outcome} {expected.Level.Name} {e.Unit} {e.Month}";
                Close(e.Actual, p.Actual, scale, where + " actual");
                Close(e.Expected, p.Expected, scale, where + " expected");
                Close(e.Contribution, p.Contribution, scale, where + " contribution");
                Close(e.StandardError, p.StandardError, 0, where + " standard error");
                Close(e.Lower, p.Lower, scale, where + " lower");
                Close(e.Upper, p.Upper, scale, where + " upper");
                Close(e.RelativeContribution, p.RelativeContribution, 1, where + " relative contribution");
            }
        }

        Assert.Equal(memory.Comparisons.Select(c => (c.Outcome, c.Level.Name)), pushed.Comparisons.Select(c => (c.Outcome, c.Level.Name)));
        foreach (var (expected, actual) in memory.Comparisons.Zip(pushed.Comparisons))
        {
            var where = $"{expected.Outcome} {expected.Level.Name}";
            // Contributions of a level that is a model covariate (need category) are zero up to rounding: compared on the outcome's scale.
            var scale = Math.Abs(memory.Table(expected.Outcome, WorkUnitLevel.Country.Name).Find(WorkUnitLevel.CountryUnit, null)!.Actual!.Value);
            Close(expected.TauSquared, actual.TauSquared, scale * scale, where + " tau^2");
            Close(expected.Mean, actual.Mean, scale, where + " mean");
            Close(expected.Phi, actual.Phi, 0, where + " phi");
            Assert.Equal(expected.Rows.Select(r => (r.Unit, r.Status, r.Persons, r.PersonMonths, r.Rank)), actual.Rows.Select(r => (r.Unit, r.Status, r.Persons, r.PersonMonths, r.Rank)));
            foreach (var (e, p) in expected.Rows.Zip(actual.Rows))
            {
                var at = $"{where} {e.Unit}";
                Close(e.Contribution, p.Contribution, scale, at + " contribution");
                Close(e.StandardError, p.StandardError, 0, at + " standard error");
                Close(e.Reliability, p.Reliability, 1, at + " reliability");
                Close(e.Shrunken, p.Shrunken, scale, at + " shrunken");
                Close(e.ShrunkenStandardError, p.ShrunkenStandardError, 0, at + " shrunken standard error");
                Close(e.ZScore, p.ZScore, 1, at + " z");
                Close(e.Lower95, p.Lower95, scale, at + " lower 95");
                Close(e.Upper95, p.Upper95, scale, at + " upper 95");
                Close(e.Lower998, p.Lower998, scale, at + " lower 99.8");
                Close(e.Upper998, p.Upper998, scale, at + " upper 99.8");
            }
        }
    }

    /// <summary>|a - b| &lt;= 1e-10 max(|a|, scale): relative, or absolute on <paramref name="scale"/> for values near zero.</summary>
    private static void Close(double? expected, double? actual, double scale, string what)
    {
        Assert.Equal(expected.HasValue, actual.HasValue);
        if (expected is not { } e || actual is not { } a)
        {
            return;
        }

        if (double.IsNaN(e) || double.IsNaN(a))
        {
            Assert.True(double.IsNaN(e) && double.IsNaN(a), $"{what}: {e:R} in memory, {a:R} in the database");
            return;
        }

        Assert.True(Math.Abs(e - a) <= Tolerance * Math.Max(Math.Abs(e), scale), $"{what}: {e:R} in memory, {a:R} in the database");
    }
}
