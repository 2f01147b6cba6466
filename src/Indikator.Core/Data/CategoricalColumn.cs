using Indikator.Core.Internal;

namespace Indikator.Core.Data;

/// <summary>
/// A named column of category labels, dictionary-encoded as dense codes <c>0..Levels.Count-1</c>;
/// <see cref="MissingCode"/> marks a missing value.
/// </summary>
/// <remarks>
/// <para>Levels are always in ordinal order of their labels (<see cref="string.CompareOrdinal(string, string)"/>:
/// UTF-16 code units, culture-invariant), whatever order the rows come in and whichever builder made the column
/// (CSV, objects, pre-encoded codes, other sources). So reference levels of categorical covariates, coefficient
/// names, the order of units in tables and every result built on codes do not depend on row order. Ordinal order
/// is not Norwegian alphabetical order: upper case sorts before lower case, digits sort as text ("10" before "9"),
/// and the Norwegian letters sort by code point as Å (U+00C5), Æ (U+00C6), Ø (U+00D8), after all ASCII letters,
/// while Norwegian alphabetical order is Æ, Ø, Å.</para>
/// <para>This type is immutable and thread safe.</para>
/// </remarks>
public sealed class CategoricalColumn
{
    /// <summary>The code of a missing value.</summary>
    public const int MissingCode = -1;

    private readonly int[] _codes;
    private readonly string[] _levels;

    /// <summary>Creates a column, taking ownership of both arrays: when the levels are not in ordinal order they are
    /// sorted and the codes remapped in place (O(rows) with a code map, plus O(L log L) for the L levels).</summary>
    /// <param name="name">The column name.</param>
    /// <param name="codes">Codes into <paramref name="levels"/>; remapped in place.</param>
    /// <param name="levels">Distinct level names; sorted in place.</param>
    /// <param name="ordered">True only for levels whose order the library defines and no row can change (bands
    /// such as <c>&lt;25</c>, <c>25-30</c>, <c>&gt;=60</c>): they keep their natural order.</param>
    internal CategoricalColumn(string name, int[] codes, string[] levels, bool ordered = false)
    {
        Name = name;
        if (!ordered)
        {
            SortLevels(codes, levels);
        }

        _codes = codes;
        _levels = levels;
        Levels = ValueList.Wrap(_levels);
    }

    /// <summary>Gets the column name.</summary>
    public string Name { get; }

    /// <summary>Gets the code of each row: an index into <see cref="Levels"/>, or <see cref="MissingCode"/>.</summary>
    public ReadOnlyMemory<int> Codes => _codes;

    /// <summary>Gets the level names; the code of a level is its index here.</summary>
    public IReadOnlyList<string> Levels { get; }

    /// <summary>Gets the number of levels.</summary>
    public int LevelCount => _levels.Length;

    /// <summary>Gets the number of rows.</summary>
    public int Length => _codes.Length;

    /// <summary>Gets the label of row <paramref name="row"/>, or null when it is missing.</summary>
    /// <param name="row">The zero-based row.</param>
    /// <returns>The label or null.</returns>
    public string? LabelAt(int row)
    {
        var code = _codes[row];
        return code == MissingCode ? null : _levels[code];
    }

    /// <summary>Finds the code of a level.</summary>
    /// <param name="level">The level name.</param>
    /// <returns>The code, or <see cref="MissingCode"/> when the level does not occur.</returns>
    public int CodeOf(string level) => System.Array.IndexOf(_levels, level);

    /// <summary>The backing array of codes, for kernels.</summary>
    internal int[] CodeArray => _codes;

    /// <summary>Whether distinct levels are already in strictly increasing ordinal order (then no code changes).</summary>
    internal static bool InOrdinalOrder(IReadOnlyList<string> levels)
    {
        for (var i = 1; i < levels.Count; i++)
        {
            if (string.CompareOrdinal(levels[i - 1], levels[i]) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Puts <paramref name="levels"/> in ordinal order and remaps <paramref name="codes"/> to match (missing stays missing).</summary>
    private static void SortLevels(int[] codes, string[] levels)
    {
        if (InOrdinalOrder(levels))
        {
            return;
        }

        // order[newCode] = oldCode; levels are distinct, so the order is total and does not depend on the sort's stability.
        var order = new int[levels.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var keys = (string[])levels.Clone();
        Array.Sort(keys, order, StringComparer.Ordinal);
        var newCode = new int[levels.Length];
        for (var i = 0; i < order.Length; i++)
        {
            newCode[order[i]] = i;
        }

        for (var row = 0; row < codes.Length; row++)
        {
            var code = codes[row];
            if (code != MissingCode)
            {
                codes[row] = newCode[code];
            }
        }

        keys.CopyTo(levels, 0);
    }
}
