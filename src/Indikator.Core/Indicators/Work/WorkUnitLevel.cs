using System.Text;
using Indikator.Core.Internal;

namespace Indikator.Core.Indicators.Work;

/// <summary>
/// A level at which indicators are reported: the country, the levels of a categorical column (office, region, county,
/// need category, programme), the crossing of two or more categorical columns (office x need category), or a set of
/// possibly overlapping priority groups (<see cref="PriorityGroups"/>).
/// </summary>
/// <remarks>
/// <para>A crossed level (<see cref="Crossed"/>) has one unit per combination of categories that occurs in the data,
/// for example <c>Oslo sentrum / Standard</c>; <see cref="WorkIndicatorTable.Labels"/> gives the category in each
/// column separately. Its first column is the unit column (<see cref="Column"/>); the further columns break those
/// units down. Under <see cref="ContributionVariant.FixedEffect"/> the fixed effect is on the first column.</para>
/// <para>A priority-group level (<see cref="IsPriorityGroups"/>) has one unit per group, over the person-months whose
/// conditions hold; units may overlap, so it has no column, no fixed effect and no unit comparison (shrinkage and funnel
/// limits assume separate units).</para>
/// <para>Equality compares the name, the columns in order and the groups in order. This type is immutable and thread safe.</para>
/// </remarks>
public sealed record WorkUnitLevel
{
    /// <summary>The name of the single unit of the country level.</summary>
    public const string CountryUnit = "Norge";

    /// <summary>The text between the categories in the unit name of a crossed level.</summary>
    public const string LabelSeparator = " / ";

    private readonly string _name = string.Empty;
    // Read-only lists, so Columns and Groups can hand them out: a caller cannot cast them back and change the level.
    private readonly ValueList<string> _columns = ValueList<string>.Empty;
    private readonly ValueList<PriorityGroup> _groups = ValueList<PriorityGroup>.Empty;

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

    private WorkUnitLevel(string name, string[] columns, PriorityGroup[] groups)
    {
        Name = name;
        _columns = ValueList.Wrap(columns);
        _groups = ValueList.Wrap(groups);
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
        get => _columns.Count > 0 ? _columns[0] : null;
        init
        {
            _columns = value is null ? ValueList<string>.Empty : ValueList.Wrap([Guard.NotEmpty(value, nameof(Column))]);
            _groups = ValueList<PriorityGroup>.Empty;
        }
    }

    /// <summary>Gets every column of the level in order: none for the country, one for a single column, two or more for a crossed level.</summary>
    public IReadOnlyList<string> Columns => _columns;

    /// <summary>Gets the priority groups of a priority-group level, in their order; empty for every other level.</summary>
    public IReadOnlyList<PriorityGroup> Groups => _groups;

    /// <summary>Gets a value indicating whether this is the country level.</summary>
    public bool IsCountry => _columns.Count == 0 && _groups.Count == 0;

    /// <summary>Gets a value indicating whether this is a level of priority groups (<see cref="PriorityGroups"/>).</summary>
    public bool IsPriorityGroups => _groups.Count > 0;

    /// <summary>Gets a value indicating whether this level crosses two or more columns.</summary>
    public bool IsCrossed => _columns.Count > 1;

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

        return new WorkUnitLevel(name, (string[])columns.Clone(), []);
    }

    /// <summary>
    /// Creates a level of priority groups: one unit per group, over the person-months whose conditions all hold. Groups
    /// may overlap (a person-month counts in every group it satisfies), so the units do not sum to the country.
    /// </summary>
    /// <param name="name">The level's name in tables and file names, for example <c>priority_group</c>.</param>
    /// <param name="groups">The groups, in the order of the table (at least one, names distinct).</param>
    /// <returns>The level.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="groups"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty, there is no group, or a group is null or its name repeated (named in the message).</exception>
    /// <remarks>Source: Meld. St. 33 (2023-2024), box 7.2 (results "for prioriterte grupper"); the contribution is
    /// variant (a), the group's mean residual: variant (b) needs a fixed effect per unit, which overlapping groups do not
    /// have. See docs/arbeidsindikatoren.md, section 2b.</remarks>
    public static WorkUnitLevel PriorityGroups(string name, params PriorityGroup[] groups)
    {
        Guard.NotEmpty(name);
        Guard.NotNull(groups);
        if (groups.Length == 0)
        {
            throw new ArgumentException($"Priority-group level '{name}' needs at least one group.", nameof(groups));
        }

        for (var i = 0; i < groups.Length; i++)
        {
            if (groups[i] is null)
            {
                throw new ArgumentException($"groups[{i}] of level '{name}' is null.", nameof(groups));
            }

            for (var j = 0; j < i; j++)
            {
                if (string.Equals(groups[j].Name, groups[i].Name, StringComparison.Ordinal))
                {
                    throw new ArgumentException($"Priority group '{groups[i].Name}' is repeated in level '{name}'.", nameof(groups));
                }
            }
        }

        return new WorkUnitLevel(name, [], (PriorityGroup[])groups.Clone());
    }

    /// <summary>
    /// The default levels for the given columns: country, office, region, county (when a county column is named), need
    /// category, programme (when a programme column is named), and the crossings NAV publishes: region x need category
    /// (<c>region_need_category</c>) and office x need category (<c>office_need_category</c>).
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
        };
        if (columns.County is { } county)
        {
            levels.Add(new WorkUnitLevel("county", county));
        }

        levels.Add(new WorkUnitLevel("need_category", columns.NeedCategory));
        if (columns.Programme is { } programme)
        {
            levels.Add(new WorkUnitLevel("programme", programme));
        }

        levels.Add(Crossed("region_need_category", columns.Region, columns.NeedCategory));
        levels.Add(Crossed("office_need_category", columns.Office, columns.NeedCategory));
        return levels;
    }

    /// <summary>
    /// The default levels (<see cref="ForColumns"/>) for a panel: a county or programme column that
    /// <paramref name="columns"/> leaves unnamed (null) is taken when the panel has a categorical column of the synthetic
    /// name (<c>county</c>, <c>programme</c>), so these breakdowns are on whenever the data have them.
    /// </summary>
    /// <param name="panel">The stock panel.</param>
    /// <param name="columns">The column names, or null for the synthetic panel's.</param>
    /// <returns>The levels.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="panel"/> is null.</exception>
    public static IReadOnlyList<WorkUnitLevel> ForPanel(Data.PersonMonthPanel panel, WorkIndicatorColumns? columns = null)
    {
        Guard.NotNull(panel);
        columns ??= WorkIndicatorColumns.Default;
        if (columns.County is null && panel.TryGetCategorical(Indicators.ColumnNames.County, out _))
        {
            columns = columns with { County = Indicators.ColumnNames.County };
        }

        if (columns.Programme is null && panel.TryGetCategorical(Indicators.ColumnNames.Programme, out _))
        {
            columns = columns with { Programme = Indicators.ColumnNames.Programme };
        }

        return ForColumns(columns);
    }

    /// <summary>Deconstructs the level into its name and (first) column.</summary>
    /// <param name="name">The name.</param>
    /// <param name="column">The first column, or null for the country.</param>
    public void Deconstruct(out string name, out string? column)
    {
        name = Name;
        column = Column;
    }

    /// <summary>Compares the name, the columns in order and the groups in order.</summary>
    /// <param name="other">The other level.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(WorkUnitLevel? other)
        => other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal) && _columns.Equals(other._columns)
           && _groups.Equals(other._groups);

    /// <summary>A hash of the name, the columns and the groups.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Name, StringComparer.Ordinal);
        foreach (var column in _columns)
        {
            hash.Add(column, StringComparer.Ordinal);
        }

        foreach (var group in _groups)
        {
            hash.Add(group);
        }

        return hash.ToHashCode();
    }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Name = ").Append(Name).Append(", Columns = [").AppendJoin(", ", _columns).Append(']');
        if (_groups.Count > 0)
        {
            builder.Append(", Groups = [").AppendJoin("; ", _groups.Select(g => g.ToString())).Append(']');
        }

        return true;
    }
}
