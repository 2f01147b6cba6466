using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Tests.RiskAdjustment;

/// <summary>The automatic choice between the exact two-way solve and alternating projections, on the shapes that
/// docs/benchmarks.md measured and on each edge of the rule.</summary>
public class AbsorptionCostModelTests
{
    // 10 covariates and the outcome, as in FitLevelBenchmarks.
    private const int Columns = 11;

    [Theory]
    [InlineData(1_000_000, 300, 60, true)] // 18,000 cells: exact measured 4.4x faster
    [InlineData(1_000_000, 3_000, 60, true)] // 180,000 cells, 0.18 per row: exact measured 1.7x faster
    [InlineData(1_000_000, 10_000, 60, false)] // 600,000 cells, 0.6 per row: exact measured slower
    [InlineData(1_000_000, 30_000, 60, false)] // 1.8M cells: exact measured 1.86x slower
    [InlineData(10_000_000, 300, 60, true)] // the engine's main case at 10M rows
    [InlineData(4_000_000, 10_000, 60, true)] // 0.15 cells per row: measured even
    [InlineData(10_000_000, 30_000, 60, false)] // 1.8M cells: lookups miss the cache whatever the rows
    [InlineData(200_000, 300, 60, true)] // the fixest reference panel
    [InlineData(1_000_000, 500, 500, false)] // Schur complement of 500 levels costs more than a sweep
    [InlineData(100, 40, 30, true)] // small grid, more cells than rows: exact anyway
    public void Chooses_the_path_the_measurements_favour(int rows, int offices, int periods, bool exact)
        => Assert.Equal(exact, AbsorptionCostModel.PreferExact(rows, Columns, offices, periods));

    [Fact]
    public void The_order_of_the_fixed_effects_does_not_matter()
    {
        foreach (var (a, b) in new[] { (300, 60), (3_000, 60), (10_000, 60), (500, 500), (2_000, 40) })
        {
            Assert.Equal(AbsorptionCostModel.PreferExact(1_000_000, Columns, a, b), AbsorptionCostModel.PreferExact(1_000_000, Columns, b, a));
        }
    }

    [Fact]
    public void Each_limit_of_the_rule_is_an_edge()
    {
        // Just above the small grid (65,600 cells), the rows-per-cell limit decides: 4 rows per cell pass, fewer do not.
        Assert.True(AbsorptionCostModel.PreferExact(4 * 65_600, Columns, 1_640, 40));
        Assert.False(AbsorptionCostModel.PreferExact((4 * 65_600) - 1, Columns, 1_640, 40));

        // The cell limit: 1,000,000 cells pass with enough rows, 1,000,040 do not whatever the rows.
        Assert.True(AbsorptionCostModel.PreferExact(100_000_000, Columns, 25_000, 40));
        Assert.False(AbsorptionCostModel.PreferExact(100_000_000, Columns, 25_001, 40));

        // The Schur limit: 300 x 300 cells at 400,000 rows and 4 columns cost 300 * 90,000 + 300^3 / 3 = 36M multiply-adds
        // against 7 * 4 * 400,000 = 11.2M for one sweep; with 11 columns (30.8M) still too many, with 40 (112M) not.
        Assert.False(AbsorptionCostModel.PreferExact(400_000, 4, 300, 300));
        Assert.False(AbsorptionCostModel.PreferExact(400_000, 11, 300, 300));
        Assert.True(AbsorptionCostModel.PreferExact(400_000, 40, 300, 300));
    }

    [Fact]
    public void A_forced_exact_path_needs_a_grid_that_fits_in_one_array()
    {
        Assert.True(AbsorptionCostModel.ExactFits(30_000, 60));
        Assert.True(AbsorptionCostModel.ExactFits(40_000, 40_000));
        Assert.False(AbsorptionCostModel.ExactFits(100_000, 100_000));
    }
}
