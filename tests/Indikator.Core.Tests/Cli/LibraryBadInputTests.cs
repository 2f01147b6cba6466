using System.Text;
using Indikator.Core.Data;
using Indikator.Core.Indicators.Providers;
using Indikator.Core.Outcomes;
using Indikator.Core.RiskAdjustment;
using Microsoft.Extensions.Logging;

namespace Indikator.Core.Tests.Cli;

/// <summary>The library part of the bad-input suite: each case feeds one bad input to the library and checks the typed
/// error (or the honest result) and that no planted value is echoed.</summary>
public sealed class LibraryBadInputTests
{
    private static readonly FitOptions NotConverging = new()
    {
        MaxIterations = 1,
        Tolerance = 1e-15,
        Absorption = AbsorptionStrategy.AlternatingProjections,
        Covariance = CovarianceSpec.Iid(),
    };

    internal static readonly Dictionary<string, Action> Cases = new(StringComparer.Ordinal)
    {
        ["library: single cluster fails at the edge"] = () =>
        {
            var ex = Assert.Throws<ArgumentException>(() => LinearModel.Fit(Table(c: _ => "one"), Spec(), new FitOptions { Covariance = CovarianceSpec.Cluster("c") }));
            Assert.Contains("Cluster column 'c' has 1 cluster", ex.Message, StringComparison.Ordinal);
        },
        ["library: WithCovariance to a single cluster fails too"] = () =>
        {
            var fit = LinearModel.Fit(Table(c: _ => "one"), Spec());
            Assert.Throws<ArgumentException>(() => fit.WithCovariance(CovarianceSpec.Cluster("c")));
            Assert.Equal(2, fit.Coefficients.Count);
        },
        ["library: two-way clustering with one cluster in the second"] = () =>
            Assert.Throws<ArgumentException>(() => LinearModel.Fit(Table(c: _ => "one"), Spec(), new FitOptions { Covariance = CovarianceSpec.TwoWayCluster("g", "c") })),
        ["library: constant outcome is reported, not t = 1e47"] = () =>
        {
            var fit = LinearModel.Fit(Table(y: _ => 3), Spec());
            Assert.True(double.IsNaN(fit.RSquared));
            Assert.Equal(0, fit.Sigma);
            Assert.All(fit.Coefficients, c => Assert.True(double.IsNaN(c.TStatistic) && double.IsNaN(c.PValue)));
            Assert.Equal([3.0, 0.0], fit.Estimates);
            Assert.Contains("the outcome is constant", fit.Summary(), StringComparison.Ordinal);
            Assert.DoesNotContain("Infinity", fit.Summary(), StringComparison.Ordinal);
        },
        ["library: constant outcome with fixed effects and clusters"] = () =>
        {
            var fit = LinearModel.Fit(Table(y: _ => -2.5), Spec() with { FixedEffects = ["g"] });
            Assert.All(fit.StandardErrors, se => Assert.Equal(0, se));
            Assert.True(double.IsNaN(fit.WithinRSquared!.Value));
        },
        ["library: exact fit has undefined t, not infinite"] = () =>
        {
            var fit = LinearModel.Fit(Table(y: r => 1 + (2.0 * r)), Spec());
            Assert.All(fit.Coefficients, c => Assert.False(double.IsInfinity(c.TStatistic)));
        },
        ["library: covariate near 1e308 is refused naming the column"] = () =>
        {
            var ex = Assert.Throws<InputDataException>(() => LinearModel.Fit(Table(y: r => r, x: r => 1e307 * (1 + (r % 3))), Spec()));
            Assert.Equal(("x", 0L), (ex.ColumnName, ex.Row));
            Assert.Contains("too large", ex.Message, StringComparison.Ordinal);
        },
        ["library: weight near 1e200 is refused"] = () =>
            Assert.Equal("w", Assert.Throws<InputDataException>(() => LinearModel.Fit(Table(w: r => r == 7 ? 1e200 : 1), Spec() with { Weights = "w" })).ColumnName!),
        ["library: values up to 1e100 are fitted"] = () =>
            Assert.Equal(2, LinearModel.Fit(Table(x: r => 1e100 * (r % 7)), Spec()).Rank),
        ["library: a zero first covariate is not 'collinear with the covariates before it'"] = () =>
        {
            var fit = LinearModel.Fit(Table(x: _ => 0), Spec() with { Intercept = false });
            Assert.Equal(DropReason.ZeroColumn, Assert.Single(fit.Dropped).Reason);
        },
        ["library: negative weight is a data error with column and row"] = () =>
        {
            var ex = Assert.Throws<InputDataException>(() => LinearModel.Fit(Table(w: r => r == 4 ? -0.125 : 1), Spec() with { Weights = "w" }));
            Assert.Equal(("w", 4L), (ex.ColumnName, ex.Row));
            Assert.DoesNotContain("0.125", ex.Message, StringComparison.Ordinal);
        },
        ["library: infinite covariate is a NonFiniteValueException, an InputDataException"] = () =>
        {
            InputDataException ex = Assert.Throws<NonFiniteValueException>(() => LinearModel.Fit(Table(y: r => r, x: r => r == 9 ? double.PositiveInfinity : r), Spec()));
            Assert.Equal(("x", 9L), (ex.ColumnName, ex.Row));
        },
        ["library: non-convergence is an error when required"] = () =>
        {
            var ex = Assert.Throws<FitNotConvergedException>(() => LinearModel.Fit(Table(), Spec() with { FixedEffects = ["g", "c", "h"] }, NotConverging with { RequireConvergence = true }));
            Assert.True(ex.Iterations > 0);
        },
        ["library: non-convergence is said in the summary and logged"] = () =>
        {
            var logger = new ListLogger();
            var fit = LinearModel.Fit(Table(), Spec() with { FixedEffects = ["g", "c", "h"] }, NotConverging with { Logger = logger });
            Assert.False(fit.Absorption.Converged);
            Assert.Contains("did not converge", fit.Summary(), StringComparison.Ordinal);
            Assert.Contains(logger.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("did not converge", StringComparison.Ordinal));
        },
        ["library: CSV error is an InputDataException with file, line and column"] = () =>
        {
            InputDataException ex = Assert.Throws<CsvDataException>(() => CsvLoader.LoadTable(new StringReader("x\n1\nsecret-7\n"), new CsvSchema().AddNumeric("x"), sourceName: "f.csv"));
            Assert.Equal(("f.csv", 3, "x"), (ex.SourceName, ex.LineNumber, ex.ColumnName));
            Assert.DoesNotContain("secret-7", ex.Message, StringComparison.Ordinal);
        },
        ["library: invalid UTF-8 label is an error"] = () =>
        {
            var bytes = Encoding.ASCII.GetBytes("x,o\n1,a\n2,").Concat(new byte[] { 0xC5, 0x73, (byte)'\n' }).ToArray();
            var ex = Assert.Throws<CsvDataException>(() => CsvLoader.LoadTable(new MemoryStream(bytes), new CsvSchema().AddNumeric("x").AddCategorical("o")));
            Assert.Equal(3, ex.LineNumber);
        },
        ["library: validation failure is an InputDataException"] = () =>
        {
            var table = new ColumnTableBuilder().AddNumeric("age", [30, double.PositiveInfinity]).Build();
            InputDataException ex = Assert.Throws<DataValidationException>(() => DataValidator.Validate(table).ThrowIfInvalid());
            Assert.Equal(("age", 1L), (ex.ColumnName, ex.Row));
        },
        ["library: negative hours are an InvalidRecordException without the value"] = () =>
        {
            var records = new EmploymentRecords([1L], [new YearMonth(2024, 1)], [-37.25], null);
            var stock = new PersonMonthPanelBuilder().WithPersonKeys([1L]).WithPeriods([new YearMonth(2024, 1)]).Build();
            InputDataException ex = Assert.Throws<InvalidRecordException>(() => WorkVolume.Compute(stock, records, new WorkVolumeOptions(new YearMonth(2024, 12))));
            Assert.Equal("weekly hours", ex.ColumnName);
            Assert.DoesNotContain("37.25", ex.Message, StringComparison.Ordinal);
        },
        ["library: provider data errors belong to the family"] = () =>
            Assert.True(typeof(InputDataException).IsAssignableFrom(typeof(ProviderDataException))),
        ["library: decimal comma with a comma separator is an argument error"] = () =>
            Assert.Throws<ArgumentException>(() => CsvLoader.LoadTable(new StringReader("x\n1\n"), new CsvSchema().AddNumeric("x"), new CsvReadOptions { DecimalSeparator = ',' })),
    };

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Library(string name) => Cases[name]();

    private static LinearModelSpec Spec() => new("y", ["x"]);

    /// <summary>60 rows: y, x, w numeric; g (5 levels), c (6 levels), h (7 levels) categorical.</summary>
    private static ColumnTable Table(Func<int, double>? y = null, Func<int, double>? x = null, Func<int, double>? w = null, Func<int, string>? c = null)
    {
        const int n = 60;
        var xs = Enumerable.Range(0, n).Select(r => x?.Invoke(r) ?? ((r * 7) % 11) + (0.1 * r)).ToArray();
        var ys = Enumerable.Range(0, n).Select(r => y?.Invoke(r) ?? (1 + (0.5 * xs[r]) + (r % 5) + (((r * 31) % 13) / 7.0))).ToArray();
        return new ColumnTableBuilder()
            .AddNumeric("y", ys)
            .AddNumeric("x", xs)
            .AddNumeric("w", [.. Enumerable.Range(0, n).Select(r => w?.Invoke(r) ?? 1.0)])
            .AddCategorical("g", [.. Enumerable.Range(0, n).Select(r => "g" + (r % 5))])
            .AddCategorical("c", [.. Enumerable.Range(0, n).Select(r => c?.Invoke(r) ?? "c" + (r % 6))])
            .AddCategorical("h", [.. Enumerable.Range(0, n).Select(r => "h" + ((r * 3) % 7))])
            .Build();
    }

    private sealed class ListLogger : ILogger
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            => Entries.Add((logLevel, formatter(state, exception)));
    }
}
