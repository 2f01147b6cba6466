using System.Collections;
using Indikator.Core.Data;
using Indikator.Core.RiskAdjustment;
using Indikator.Core.Tests.Indicators.Work;
using Indikator.Core.Tests.RiskAdjustment;

namespace Indikator.Core.Tests.PublicApi;

/// <summary>A caller that casts a returned list back to a mutable collection cannot change the result.</summary>
public sealed partial class ImmutabilityTests
{
    [Fact]
    public void A_model_result_cannot_be_changed_through_the_lists_it_returns()
    {
        var data = TestPanels.Create(1_500, offices: 10, periods: 5, seed: 2, regions: 3);
        var fit = LinearModel.Fit(data, new LinearModelSpec("y", ["x1", "x2"]) { Categorical = [new("region")], FixedEffects = ["office"] })
            .WithCovariance(CovarianceSpec.Cluster("office"));
        var estimates = fit.Estimates.ToArray();
        var errors = fit.StandardErrors.ToArray();
        var names = fit.CoefficientNames.ToArray();
        var effects = fit.FixedEffects[0].Values.ToArray();

        AssertCannotChange(fit.Estimates, 0.0);
        AssertCannotChange(fit.StandardErrors, 0.0);
        AssertCannotChange(fit.CoefficientNames, "changed");
        AssertCannotChange(fit.Coefficients, fit.Coefficients[0] with { Estimate = 0 });
        AssertCannotChange(fit.ClusterCounts, 0);
        AssertCannotChange(fit.FixedEffects, fit.FixedEffects[0]);
        AssertCannotChange(fit.FixedEffects[0].Values, 0.0);
        AssertCannotChange(fit.FixedEffects[0].Levels, "changed");
        AssertCannotChange(fit.FixedEffectStandardErrors()[0].StandardErrors, 0.0);
        AssertCannotChange(fit.Dropped, default!);
        Assert.False(fit.ReferenceLevels is IDictionary<string, string> { IsReadOnly: false });
        Assert.False(fit.ReferenceLevels is IDictionary);

        Assert.Equal(estimates, fit.Estimates);
        Assert.Equal(errors, fit.StandardErrors);
        Assert.Equal(names, fit.CoefficientNames);
        Assert.Equal(effects, fit.FixedEffects[0].Values);

        // The lists are made once: repeated reads neither allocate nor differ.
        Assert.Same(fit.StandardErrors, fit.StandardErrors);
        Assert.Same(fit.Coefficients, fit.Coefficients);
        Assert.Same(fit.Estimates, fit.Estimates);
    }

    [Fact]
    public void Indicator_results_and_panels_cannot_be_changed_through_the_lists_they_return()
    {
        var result = WorkFixtures.SmallResult;
        var table = result.Tables[0];
        var rows = table.Rows.ToArray();
        var unit = rows[0].Unit;
        var labels = table.Labels(unit).ToArray();
        var panel = WorkFixtures.SmallPanel;
        var office = panel.Categorical("office");
        var officeLevels = office.Levels.ToArray();

        AssertCannotChange(result.Tables, table);
        AssertCannotChange(result.Comparisons, result.Comparisons[0]);
        AssertCannotChange(table.Rows, rows[^1]);
        AssertCannotChange(table.Labels(unit), "changed");
        AssertCannotChange(result.Comparisons[0].Rows, result.Comparisons[0].Rows[^1]);
        AssertCannotChange(panel.CategoricalColumns, panel.CategoricalColumns[^1]);
        AssertCannotChange(panel.NumericColumns, panel.NumericColumns[^1]);
        AssertCannotChange(office.Levels, "changed");

        Assert.Equal(rows, table.Rows);
        Assert.Equal(labels, table.Labels(unit));
        Assert.Equal(officeLevels, office.Levels);
    }

    [Fact]
    public void Specs_and_options_cannot_be_changed_through_the_lists_they_return()
    {
        var spec = new LinearModelSpec("y", ["x1"]) { FixedEffects = ["office"] };
        var options = WorkFixtures.SmallOptions;
        var rules = new ValidationRules { Ranges = new Dictionary<string, ValueRange> { ["age"] = new(16, 67) } };

        AssertCannotChange(spec.Covariates, "x2");
        AssertCannotChange(spec.FixedEffects, "period");
        AssertCannotChange(spec.Categorical, new CategoricalTerm("c"));
        AssertCannotChange(options.Outcomes, "atid12");
        AssertCannotChange(options.Units, options.Units[0]);
        AssertCannotChange(options.Model.Bands, options.Model.Bands[0]);
        AssertCannotChange(options.Model.Bands[0].Cuts, 0.0);
        AssertCannotChange(CsvReadOptions.Default.MissingTokens, "x");
        Assert.False(rules.Ranges is IDictionary);
        Assert.False(rules.RequiredColumns is ICollection<string> { IsReadOnly: false });

        Assert.Equal(new LinearModelSpec("y", ["x1"]) { FixedEffects = ["office"] }, spec);
        Assert.Equal(WorkFixtures.SmallOptions, options);
        Assert.Equal(["", "NA"], CsvReadOptions.Default.MissingTokens);
    }

    /// <summary>Checks that <paramref name="list"/> is no array or list a caller could write to, and that writing
    /// through every collection interface it has is refused.</summary>
    private static void AssertCannotChange<T>(IReadOnlyList<T> list, T value)
    {
        Assert.False(ReadOnlyGraph.IsMutable(list), $"{list.GetType()} can be changed through a cast.");
        if (list is IList<T> generic)
        {
            Assert.True(generic.IsReadOnly);
            Assert.Throws<NotSupportedException>(() => generic.Add(value));
            Assert.Throws<NotSupportedException>(() => generic.Clear());
            if (generic.Count > 0)
            {
                Assert.Throws<NotSupportedException>(() => generic[0] = value);
            }
        }

        if (list is IList plain)
        {
            Assert.True(plain.IsReadOnly);
            Assert.Throws<NotSupportedException>(() => plain.Add(value));
        }
    }
}
