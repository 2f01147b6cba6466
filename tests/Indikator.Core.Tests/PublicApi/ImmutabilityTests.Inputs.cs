using Indikator.Core.Data;
using Indikator.Core.Indicators;
using Indikator.Core.Indicators.Providers;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Outcomes;
using Indikator.Core.Reporting;
using Indikator.Core.Reporting.Charts;
using Indikator.Core.Reporting.Composition;
using Indikator.Core.RiskAdjustment;
using Indikator.Core.Tests.RiskAdjustment;

namespace Indikator.Core.Tests.PublicApi;

/// <summary>Changing a list or array after passing it in changes nothing already made from it.</summary>
public sealed partial class ImmutabilityTests
{
    [Fact]
    public void A_model_spec_and_its_fit_ignore_later_changes_to_the_lists_given()
    {
        var data = TestPanels.Create(1_500, offices: 10, periods: 5, seed: 9, regions: 3);
        var covariates = new[] { "x1", "x2" };
        var categorical = new List<CategoricalTerm> { new("region") };
        var fixedEffects = new List<string> { "office" };
        var spec = new LinearModelSpec("y", covariates) { Categorical = categorical, FixedEffects = fixedEffects };
        var expected = new LinearModelSpec("y", ["x1", "x2"]) { Categorical = [new("region")], FixedEffects = ["office"] };
        var before = LinearModel.Fit(data, spec);

        covariates[1] = "x3";
        categorical.Clear();
        fixedEffects.Add("period");

        Assert.Equal(expected, spec);
        Assert.Equal(["x1", "x2"], spec.Covariates);
        Assert.Equal(before.Estimates, LinearModel.Fit(data, spec).Estimates);
    }

    [Fact]
    public void Work_options_and_model_specs_ignore_later_changes_to_the_lists_given()
    {
        var outcomes = new List<string> { "jobb3" };
        var units = new List<WorkUnitLevel> { WorkUnitLevel.Country };
        var levels = new[] { "office" };
        var numeric = new List<string> { "age" };
        var terms = new[] { new CategoricalTerm("gender") };
        var cuts = new[] { 25.0, 40.0 };
        var bands = new List<BandedCovariate> { new("age", cuts) };
        var deciles = new List<string> { "prior_hours" };
        var options = new WorkIndicatorOptions
        {
            Outcomes = outcomes,
            Units = units,
            FixedEffectLevels = levels,
            Model = new WorkRiskModelSpec { Numeric = numeric, Categorical = terms, Bands = bands, Deciles = deciles },
        };
        var copy = new WorkIndicatorOptions
        {
            Outcomes = ["jobb3"],
            Units = [WorkUnitLevel.Country],
            FixedEffectLevels = ["office"],
            Model = new WorkRiskModelSpec
            {
                Numeric = ["age"],
                Categorical = [new("gender")],
                Bands = [new("age", [25.0, 40.0])],
                Deciles = ["prior_hours"],
            },
        };

        outcomes.Add("atid3");
        units.Clear();
        levels[0] = "region";
        numeric[0] = "inflow";
        terms[0] = new CategoricalTerm("education");
        cuts[0] = 99;
        bands.Add(new BandedCovariate("inflow", [1.0]));
        deciles.Clear();

        Assert.Equal(copy, options);
        Assert.Equal(copy.GetHashCode(), options.GetHashCode());
        Assert.Equal([25.0, 40.0], options.Model.Bands[0].Cuts);
    }

    [Fact]
    public void Group_conditions_priority_groups_and_crossed_levels_ignore_later_changes_to_their_arrays()
    {
        var categories = new[] { "a", "b" };
        var condition = GroupCondition.OneOf("c", categories);
        var conditions = new[] { condition };
        var group = new PriorityGroup("g", conditions);
        var groups = new[] { group };
        var level = WorkUnitLevel.PriorityGroups("p", groups);
        var columns = new[] { "office", "gender" };
        var crossed = WorkUnitLevel.Crossed("x", columns);

        categories[0] = "z";
        conditions[0] = GroupCondition.NoneOf("c", "q");
        groups[0] = new PriorityGroup("h", GroupCondition.OneOf("d", "e"));
        columns[1] = "region";

        Assert.Equal(["a", "b"], condition.Categories);
        Assert.Equal(GroupCondition.OneOf("c", "a", "b"), group.Conditions[0]);
        Assert.Equal("g", level.Groups[0].Name);
        Assert.Equal(["office", "gender"], crossed.Columns);
    }

    [Fact]
    public void Data_options_and_rules_ignore_later_changes_to_the_collections_given()
    {
        var tokens = new List<string> { "", "NA" };
        var csv = new CsvReadOptions { MissingTokens = tokens };
        var ranges = new Dictionary<string, ValueRange> { ["age"] = new(16, 67) };
        var required = new HashSet<string>(StringComparer.Ordinal) { "age" };
        var rules = new ValidationRules { Ranges = ranges, RequiredColumns = required };
        var regions = new Dictionary<string, string> { ["o1"] = "r1" };
        var report = new IndicatorReportOptions(DateTimeOffset.UnixEpoch, "test") { OfficeRegions = regions };
        var workOutcomes = new List<WorkOutcome> { WorkOutcome.InWork(3) };
        var volume = new WorkVolumeOptions(new YearMonth(2024, 12)) { Outcomes = workOutcomes };
        var levels = new List<string> { "AB", "Avklaring" };
        var statuses = new StatusRecords([1], [new YearMonth(2024, 1)], [default], [1], levels, [false]);
        var row = new List<string?> { "o1" };
        var share = new TransitionShareRow(row, 4, 2, 0.5);

        tokens.Add("-");
        ranges["age"] = new ValueRange(0, 1);
        ranges["hours"] = new ValueRange(0, 100);
        required.Add("office");
        regions["o1"] = "r2";
        workOutcomes.Clear();
        levels[1] = "changed";
        row[0] = "o2";

        Assert.Equal(["", "NA"], csv.MissingTokens);
        Assert.Equal(new ValidationRules { Ranges = new Dictionary<string, ValueRange> { ["age"] = new(16, 67) }, RequiredColumns = ["age"] }, rules);
        Assert.Equal("r1", report.OfficeRegions!["o1"]);
        Assert.Equal([WorkOutcome.InWork(3)], volume.Outcomes);
        Assert.Equal(["AB", "Avklaring"], statuses.ProgrammeLevels);
        Assert.Equal(new TransitionShareRow(["o1"], 4, 2, 0.5), share);
    }

    [Fact]
    public void Provider_data_ignores_later_changes_to_its_lists()
    {
        var generated = Indikator.Core.Synthetic.Providers.SyntheticProviderData.Generate(2);
        var exits = generated.Exits.ToList();
        var training = generated.StaffTraining.ToArray();
        var data = generated with { Exits = exits, StaffTraining = training };
        var before = new ProviderIndicatorCalculator(data).ComputeAll(ProviderIndicator.CompetenceDevelopment);

        exits.Clear();
        Array.Reverse(training);
        training[0] = training[^1] with { TrainingHours = 1_000 };

        Assert.Equal(generated, data);
        Assert.Equal(before, new ProviderIndicatorCalculator(data).ComputeAll(ProviderIndicator.CompetenceDevelopment));
    }

    [Fact]
    public void Builders_copy_the_arrays_they_are_given()
    {
        var keys = new long[] { 1, 2, 3 };
        var periods = new[] { new YearMonth(2024, 1), new YearMonth(2024, 2), new YearMonth(2024, 3) };
        var weights = new[] { 1.0, 2.0, 3.0 };
        var values = new[] { 0.5, 1.5, 2.5 };
        var codes = new[] { 1, 0, 1 };
        var levels = new List<string> { "b", "a" };
        var labels = new List<string?> { "x", null, "y" };
        var panel = new PersonMonthPanelBuilder()
            .WithPersonKeys(keys)
            .WithPeriods(periods)
            .WithWeights(weights)
            .AddNumeric("v", values)
            .AddCategorical("c", codes, levels)
            .AddCategorical("l", labels)
            .Build();
        var table = new ColumnTableBuilder().AddNumeric("v", values).AddCategorical("c", codes, levels).Build();

        keys[0] = 99;
        periods[0] = new YearMonth(2030, 1);
        weights[0] = 0;
        values[0] = double.NaN;
        codes[0] = 0;
        levels[0] = "z";
        labels[0] = "w";

        Assert.Equal([1L, 2, 3], panel.PersonKeys.ToArray());
        Assert.Equal(new YearMonth(2024, 1), panel.Periods.Span[0]);
        Assert.Equal([1.0, 2.0, 3.0], panel.Weights.ToArray());
        foreach (var (numeric, categorical) in new[] { (panel.Numeric("v"), panel.Categorical("c")), (table.Numeric("v"), table.Categorical("c")) })
        {
            Assert.Equal([0.5, 1.5, 2.5], numeric.Values.ToArray());
            Assert.Equal(["a", "b", "a"], Enumerable.Range(0, 3).Select(categorical.LabelAt));
        }

        Assert.Equal("x", panel.Categorical("l").LabelAt(0));
    }

    [Fact]
    public void Charts_and_report_tables_ignore_later_changes_to_the_arrays_given()
    {
        var sizes = new[] { 1.0, 2.0 };
        var lower = new[] { 0.0, 0.5 };
        var upper = new[] { 2.0, 1.5 };
        var limits = new FunnelChartLimits("95 %", sizes, lower, upper);
        var values = new List<double> { 1, 2 };
        var series = new LineSeries("s", values, lower, upper);
        var seriesList = new List<LineSeries> { series };
        var months = new List<string> { "2024-01", "2024-02" };
        var line = new LineChart("t", months, seriesList);
        var items = new List<BarChartItem> { new("a", 1) };
        var bar = new BarChart("b", items);
        var points = new List<FunnelChartPoint> { new("o", 10, 1) };
        var limitList = new List<FunnelChartLimits> { limits };
        var funnel = new FunnelPlot("f", points, 1) { Limits = limitList };
        var cells = new[] { ReportCell.FromText("a"), ReportCell.FromNumber(1) };
        var reportTable = new ReportTableBuilder("t").AddColumn("n", "N", ReportColumnKind.Text).AddColumn("v", "V", ReportColumnKind.Number).AddRow(cells).Build();

        sizes[0] = -1;
        lower[0] = -1;
        upper[0] = -1;
        values[0] = -1;
        seriesList.Clear();
        months[0] = "1999-01";
        items.Clear();
        points.Clear();
        limitList.Clear();
        cells[0] = ReportCell.FromText("changed");

        Assert.Equal([1.0, 2.0], limits.Sizes);
        Assert.Equal([0.0, 0.5], limits.Lower);
        Assert.Equal([2.0, 1.5], limits.Upper);
        Assert.Equal([1.0, 2.0], series.Values);
        Assert.Equal([0.0, 0.5], series.Lower!);
        Assert.Single(line.Series);
        Assert.Equal("2024-01", line.Periods[0]);
        Assert.Single(bar.Items);
        Assert.Single(funnel.Points);
        Assert.Single(funnel.Limits);
        Assert.Equal(ReportCell.FromText("a"), reportTable.Rows[0][0]);
    }
}
