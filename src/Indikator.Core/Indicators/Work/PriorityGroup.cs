using Indikator.Core.Internal;

namespace Indikator.Core.Indicators.Work;

/// <summary>
/// A priority group (prioritert gruppe): a named set of person-months defined by conditions on person characteristics,
/// all of which must hold, for example under 30 (<c>age &lt; 30</c>) or registered 12 months or more
/// (<c>months_since_registration &gt;= 12</c>).
/// </summary>
/// <remarks>
/// <para>Source: Meld. St. 33 (2023-2024), box 7.2: the indicator "kan vise resultater for ulike deler av arbeids- og
/// velferdsforvaltningen, for prioriterte grupper og for ulike arbeidsmarkedstiltak"; NAV's 2025 descriptions report the
/// indicator for priority groups beside counties and offices. Groups are not a partition: they may overlap, and a
/// person-month belongs to every group whose conditions hold. Report them with <see cref="WorkUnitLevel.PriorityGroups"/>;
/// docs/arbeidsindikatoren.md, section 2b, gives the contribution, its standard error and the disclosure control.</para>
/// <para>Equality compares the name and the conditions in order. This type is immutable and thread safe.</para>
/// </remarks>
public sealed record PriorityGroup
{
    private readonly ValueList<GroupCondition> _conditions;

    /// <summary>Creates a group.</summary>
    /// <param name="name">The group's name, its unit in the tables, for example <c>under 30</c>.</param>
    /// <param name="conditions">The conditions, combined with AND (at least one).</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="conditions"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty, or there is no condition, or a condition is null (the message names the group).</exception>
    public PriorityGroup(string name, params GroupCondition[] conditions)
    {
        Name = Guard.NotEmpty(name);
        Guard.NotNull(conditions);
        if (conditions.Length == 0)
        {
            throw new ArgumentException($"Priority group '{name}' needs at least one condition.", nameof(conditions));
        }

        for (var i = 0; i < conditions.Length; i++)
        {
            if (conditions[i] is null)
            {
                throw new ArgumentException($"Priority group '{name}': condition {i} is null.", nameof(conditions));
            }
        }

        _conditions = ValueList.Of(conditions);
    }

    /// <summary>Gets the group's name, its unit in the tables.</summary>
    public string Name { get; }

    /// <summary>Gets the conditions, all of which must hold.</summary>
    public IReadOnlyList<GroupCondition> Conditions => _conditions;

    /// <summary>Compares the name and the conditions in order.</summary>
    /// <param name="other">The other group.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(PriorityGroup? other)
        => other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal) && _conditions.Equals(other._conditions);

    /// <summary>A hash of the name and the conditions.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Name, StringComparer.Ordinal);
        foreach (var condition in _conditions)
        {
            hash.Add(condition);
        }

        return hash.ToHashCode();
    }

    /// <summary>The name and the conditions, for example <c>under 30: age &lt; 30</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name}: {string.Join(" and ", _conditions.Select(c => c.ToString()))}";
}
