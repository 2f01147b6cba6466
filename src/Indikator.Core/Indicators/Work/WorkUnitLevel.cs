using System.Text;
using Indikator.Core.Internal;

namespace Indikator.Core.Indicators.Work;

/// <summary>
/// A level at which indicators are reported: the country, the levels of a categorical column (office, region, need
/// category, programme), or the crossing of two or more categorical columns (office x need category).
/// </summary>
/// <remarks>
/// <para>A crossed level (<see cref="Crossed"/>) has one unit per combination of categories that occurs in the data,
/// for example <c>Oslo sentrum / Standard</c>; <see cref="WorkIndicatorTable.Labels"/> gives the category in each
/// column separately. Its first column is the unit column (<see cref="Column"/>); the further columns break those
/// units down. Under <see cref="ContributionVariant.FixedEffect"/> the fixed effect is on the first column.</para>
/// <para>Equality compares the name and the columns in order. This type is immutable and thread safe.</para>
/// </remarks>
public sealed record WorkUnitLevel
{
    /// <summary>The name of the single unit of the country level.</summary>
    public const string CountryUnit = "Norge";

    /// <summary>The text between the categories in the unit name of a crossed level.</summary>
    public const string LabelSeparator = " / ";

    private readonly string _name = string.Empty;
    private readonly string[] _columns = [];

    /// <summary>Creates the country level (<paramref name="column"/> null) or the level of one categorical column.</summary>
    /// <param name="name">The level's name in tables and file names, for example <c>office</c>.</param>
    /// <param name="column">The categorical column whose levels are the units, or null for the whole country (one unit).</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="column"/> is empty.</exception>
    public WorkUnitLevel(string name, string? column)
    {
        Name = name;
        Column = column;
    }

    private WorkUnitLevel(string name, string[] columns)
    {
        Name = name;
        _columns = columns;
    }

    /// <summary>Gets the country level.</summary>
    public static WorkUnitLevel Country { get; } = new("country", (string?)null);

    /// <summary>Gets the level's name in tables and file names, for example <c>office</c>.</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    /// <exception cref="ArgumentException">The value set is empty.</exception>
    public string Name
    {
        get => _name;
        init => _name = Guard.NotEmpty(value, nameof(Name));
    }

    /// <summary>Gets the categorical column whose levels are the units (for a crossed level its first column), or null for the country.</summary>
    /// <remarks>Setting it (in a <c>with</c> expression) makes a single-column level, or the country level when null.</remarks>
    /// <exception cref="ArgumentException">The value set is empty.</exception>
    public string? Column
    {
        get => _columns.Length > 0 ? _columns[0] : null;
        init => _columns = value is null ? [] : [Guard.NotEmpty(value, nameof(Column))];
    }

    /// <summary>Gets every column of the level in order: none for the country, one for a single column, two or more for a crossed level.</summary>
    public IReadOnlyList<string> Columns => _columns;

    /// <summary>Gets a value indicating whether this is the country level.</summary>
    public bool IsCountry => _columns.Length == 0;

    /// <summary>Gets a value indicating whether this level crosses two or more columns.</summary>
    public bool IsCrossed => _columns.Length > 1;

    /// <summary>Creates the crossing of two or more categorical columns: one unit per combination that occurs in the data, named by its categories joined with <see cref="LabelSeparator"/>.</summary>
    /// <param name="name">The level's name in tables and file names, for example <c>office_need_category</c>.</param>
    /// <param name="columns">The columns, the unit column first (for example office, then need category).</param>
    /// <returns>The level.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="columns"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty, fewer than two columns are given, or a column is null, empty or repeated (named in the message).</exception>
    public static WorkUnitLevel Crossed(string name, params string[] columns)
    {
        Guard.NotEmpty(name);
        Guard.NotNull(columns);
        if (columns.Length < 2)
        {
            throw new ArgumentException($"A crossed level needs at least two columns (level '{name}' has {columns.Length}).", nameof(columns));
        }

        for (var i = 0; i < columns.Length; i++)
        {
            if (string.IsNullOrEmpty(columns[i]))
            {
                throw new ArgumentException($"columns[{i}] of level '{name}' is null or empty.", nameof(columns));
            }

            if (Array.IndexOf(columns, columns[i]) < i)
            {
                throw new ArgumentException($"Column '{columns[i]}' is repeated in level '{name}'.", nameof(columns));
            }
        }

        return new WorkUnitLevel(name, (string[])columns.Clone());
    }

    /// <summary>
    /// The default levels for the given columns: country, office, region, need category, programme (when a programme
    /// column is named), and the crossings NAV publishes: region x need category (<c>region_need_category</c>) and
    /// office x need category (<c>office_need_category</c>).
    /// </summary>
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

        levels.Add(Crossed("region_need_category", columns.Region, columns.NeedCategory));
        levels.Add(Crossed("office_need_category", columns.Office, columns.NeedCategory));
        return levels;
    }

    /// <summary>Deconstructs the level into its name and (first) column.</summary>
    /// <param name="name">The name.</param>
    /// <param name="column">The first column, or null for the country.</param>
    public void Deconstruct(out string name, out string? column)
    {
        name = Name;
        column = Column;
    }

    /// <summary>Compares the name and the columns in order.</summary>
    /// <param name="other">The other level.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(WorkUnitLevel? other)
        => other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal) && _columns.AsSpan().SequenceEqual(other._columns);

    /// <summary>A hash of the name and the columns.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Name, StringComparer.Ordinal);
        foreach (var column in _columns)
        {
            hash.Add(column, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Name = ").Append(Name).Append(", Columns = [").AppendJoin(", ", _columns).Append(']');
        return true;
    }
}
