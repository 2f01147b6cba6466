using Indikator.Core.Internal;

namespace Indikator.Core.Indicators.Work;

/// <summary>A level at which indicators are reported: the country, or the levels of a categorical column (office, region, need category, programme).</summary>
/// <param name="Name">The level's name in tables and file names, for example <c>office</c>.</param>
/// <param name="Column">The categorical column whose levels are the units, or null for the whole country (one unit).</param>
/// <remarks>This type is immutable and thread safe.</remarks>
public sealed record WorkUnitLevel(string Name, string? Column)
{
    /// <summary>The name of the single unit of the country level.</summary>
    public const string CountryUnit = "Norge";

    /// <summary>Gets the country level.</summary>
    public static WorkUnitLevel Country { get; } = new("country", null);

    /// <summary>Gets a value indicating whether this is the country level.</summary>
    public bool IsCountry => Column is null;

    /// <summary>The default levels for the given columns: country, office, region, need category and, when a programme column is named, programme.</summary>
    /// <param name="columns">The column names.</param>
    /// <returns>The levels.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="columns"/> is null.</exception>
    public static IReadOnlyList<WorkUnitLevel> ForColumns(WorkIndicatorColumns columns)
    {
        Guard.NotNull(columns);
        var levels = new List<WorkUnitLevel>
        {
            Country,
            new("office", columns.Office),
            new("region", columns.Region),
            new("need_category", columns.NeedCategory),
        };
        if (columns.Programme is { } programme)
        {
            levels.Add(new WorkUnitLevel("programme", programme));
        }

        return levels;
    }
}
