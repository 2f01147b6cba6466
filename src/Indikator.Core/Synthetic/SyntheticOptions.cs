using Indikator.Core.Data;

namespace Indikator.Core.Synthetic;

/// <summary>Options for <see cref="SyntheticNavData.Generate(SyntheticOptions, IProgress{double}?, CancellationToken)"/>.</summary>
/// <remarks>
/// <para>Size: ask for a number of stock person-months with <see cref="TargetPersonMonths"/>, or for a
/// mean monthly stock with <see cref="MonthlyStock"/> (which then wins, and the target is
/// <c>MonthlyStock * Months</c>). The generator calibrates the monthly inflow of new users with a
/// small pilot run, so the realised number of stock rows is close to, not equal to, the request
/// (typically within 2 percent; the tests allow 5).</para>
/// <para>Same options give bit-identical data, whatever <see cref="MaxDegreeOfParallelism"/> is.</para>
/// <para>This record is immutable and thread safe.</para>
/// </remarks>
public sealed record SyntheticOptions
{
    /// <summary>The largest supported <see cref="TargetPersonMonths"/>.</summary>
    public const long MaxPersonMonths = 100_000_000;

    /// <summary>Gets the seed of every random stream.</summary>
    /// <value>The default value is 42.</value>
    public long Seed { get; init; } = 42;

    /// <summary>Gets the requested number of stock person-months (rows of <see cref="SyntheticNavData.Stock"/>).</summary>
    /// <value>The default value is 1 000 000. Between 1 000 and <see cref="MaxPersonMonths"/>.</value>
    public long TargetPersonMonths { get; init; } = 1_000_000;

    /// <summary>Gets the requested mean monthly stock; when set it overrides <see cref="TargetPersonMonths"/>.</summary>
    /// <value>The default value is null (use <see cref="TargetPersonMonths"/>).</value>
    public int? MonthlyStock { get; init; }

    /// <summary>Gets the number of stock (measurement) months.</summary>
    /// <value>The default value is 36. Between 1 and 600.</value>
    public int Months { get; init; } = 36;

    /// <summary>Gets the first stock month.</summary>
    /// <value>The default value is 2022-01.</value>
    public YearMonth StartMonth { get; init; } = new(2022, 1);

    /// <summary>
    /// Gets the number of months after the last stock month for which employment and status records
    /// are still generated, so that outcomes h months ahead exist for measurement months up to
    /// the last one when h &lt;= ExtraMonths. Outcomes further ahead are censored (not observed).
    /// </summary>
    /// <value>The default value is 12. Between 0 and 120.</value>
    public int ExtraMonths { get; init; } = 12;

    /// <summary>Gets the maximum number of threads; -1 means all processors. Does not change the output.</summary>
    /// <value>The default value is -1.</value>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Gets a trial with a known effect to inject, or null for none.</summary>
    /// <value>The default value is null: no trial, and the data are exactly those without this option.</value>
    public SyntheticTrial? Trial { get; init; }

    /// <summary>Gets the number of stock person-months requested, resolving <see cref="MonthlyStock"/>.</summary>
    public long ResolvedTargetPersonMonths => MonthlyStock is { } stock ? (long)stock * Months : TargetPersonMonths;

    internal void Validate()
    {
        if (Months is < 1 or > 600)
        {
            throw new ArgumentOutOfRangeException(nameof(Months), Months, "Months must be between 1 and 600.");
        }

        if (ExtraMonths is < 0 or > 120)
        {
            throw new ArgumentOutOfRangeException(nameof(ExtraMonths), ExtraMonths, "ExtraMonths must be between 0 and 120.");
        }

        if (MonthlyStock is { } stock && stock < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MonthlyStock), stock, "MonthlyStock must be positive.");
        }

        var target = ResolvedTargetPersonMonths;
        if (target is < 1_000 or > MaxPersonMonths)
        {
            throw new ArgumentOutOfRangeException(
                MonthlyStock is null ? nameof(TargetPersonMonths) : nameof(MonthlyStock),
                target,
                $"The requested number of person-months must be between 1000 and {MaxPersonMonths}.");
        }

        if (MaxDegreeOfParallelism is 0 or < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, "MaxDegreeOfParallelism must be -1 or positive.");
        }

        Trial?.Validate(this);

        var first = StartMonth.Index - Dgp.BurnInMonths - Dgp.PriorWorkMonths;
        var last = StartMonth.Index + Months + ExtraMonths;
        if (first < YearMonth.MinYear * 12 || last > (YearMonth.MaxYear * 12) + 11)
        {
            throw new ArgumentOutOfRangeException(nameof(StartMonth), StartMonth, "The simulated months, including the burn-in before StartMonth, must lie within years 1 to 9999.");
        }
    }
}
