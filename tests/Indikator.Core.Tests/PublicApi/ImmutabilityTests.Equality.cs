using FsCheck;
using FsCheck.Fluent;
using Indikator.Core.Data;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Outcomes;
using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Tests.PublicApi;

/// <summary>Records that hold lists are equal, with equal hash codes, when the lists hold equal elements.</summary>
public sealed partial class ImmutabilityTests
{
    private static readonly Gen<string[]> Names = Gen.Elements("x1", "x2", "age", "office", "period", "").ArrayOf();

    [Fact]
    public void Specs_built_from_different_lists_with_equal_content_are_equal()
    {
        var gen = from covariates in Names
                  from fixedEffects in Names
                  from terms in Names
                  from intercept in Gen.Elements(true, false)
                  select (covariates, fixedEffects, terms, intercept);
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            LinearModelSpec Make(bool asList) => new("y", asList ? t.covariates.ToList() : t.covariates.ToArray())
            {
                FixedEffects = asList ? t.fixedEffects.ToList() : [.. t.fixedEffects],
                Categorical = [.. t.terms.Select(c => new CategoricalTerm(c))],
                Intercept = t.intercept,
            };

            var a = Make(asList: true);
            var b = Make(asList: false);
            return a.Equals(b) && a.GetHashCode() == b.GetHashCode() && a == b;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Specs_with_different_list_content_are_not_equal()
    {
        var gen = from first in Names
                  from second in Names
                  where !first.SequenceEqual(second)
                  select (first, second);
        Prop.ForAll(gen.ToArbitrary(), t =>
            !new LinearModelSpec("y", t.first).Equals(new LinearModelSpec("y", t.second))
            && !(new LinearModelSpec("y", []) { FixedEffects = t.first }).Equals(new LinearModelSpec("y", []) { FixedEffects = t.second }))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Default_lists_equal_lists_set_empty()
    {
        var spec = new LinearModelSpec("y", []);
        var explicitEmpty = spec with { Categorical = new List<CategoricalTerm>(), FixedEffects = Array.Empty<string>() };
        Assert.Equal(spec, explicitEmpty);
        Assert.Equal(spec.GetHashCode(), explicitEmpty.GetHashCode());
        Assert.Equal(new ValidationRules(), new ValidationRules { Ranges = new Dictionary<string, ValueRange>(), RequiredColumns = new HashSet<string>() });
        Assert.Equal(new CsvReadOptions(), new CsvReadOptions { MissingTokens = new List<string> { "", "NA" } });
    }

    [Fact]
    public void Options_and_rules_with_equal_collections_are_equal()
    {
        var gen = from outcomes in Gen.Elements("jobb3", "atid3", "jobb12").ArrayOf()
                  from cuts in Gen.Choose(1, 90).Select(c => (double)c).ArrayOf().Where(c => c.Length > 0)
                  from ranges in Gen.Choose(0, 5)
                  select (outcomes, cuts, ranges);
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            WorkIndicatorOptions Options(bool asList) => new()
            {
                Outcomes = asList ? t.outcomes.ToList() : t.outcomes.ToArray(),
                FixedEffectLevels = [],
                Model = new WorkRiskModelSpec { Bands = [new BandedCovariate("age", asList ? t.cuts.ToList() : t.cuts.ToArray())] },
            };

            // Entries added in opposite orders: a dictionary compares by key, not by position.
            ValidationRules Rules(bool reversed)
            {
                var keys = Enumerable.Range(0, t.ranges).Select(i => $"c{i}");
                return new ValidationRules
                {
                    Ranges = (reversed ? keys.Reverse() : keys).ToDictionary(k => k, k => new ValueRange(0, k.Length)),
                    RequiredColumns = keys.ToList(),
                };
            }

            var (a, b) = (Options(asList: true), Options(asList: false));
            var (r, s) = (Rules(reversed: false), Rules(reversed: true));
            return a.Equals(b) && a.GetHashCode() == b.GetHashCode() && r.Equals(s) && r.GetHashCode() == s.GetHashCode();
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Covariance_specs_and_transition_rows_with_equal_lists_are_equal()
    {
        Assert.Equal(CovarianceSpec.TwoWayCluster("office", "period"), CovarianceSpec.TwoWayCluster("office", "period"));
        Assert.Equal(CovarianceSpec.TwoWayCluster("office", "period").Clusters, ["office", "period"]);
        var a = new TransitionShareRow(new List<string?> { "o1", null }, 3, 1, 1 / 3.0);
        var b = new TransitionShareRow(new[] { "o1", null }, 3, 1, 1 / 3.0);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { Levels = ["o2", null] });
    }
}
