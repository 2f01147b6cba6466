namespace Indikator.Core.Data;

/// <summary>
/// A named column of category labels, dictionary-encoded as dense codes <c>0..Levels.Count-1</c>;
/// <see cref="MissingCode"/> marks a missing value.
/// </summary>
/// <remarks>This type is immutable and thread safe.</remarks>
public sealed class CategoricalColumn
{
    /// <summary>The code of a missing value.</summary>
    public const int MissingCode = -1;

    private readonly int[] _codes;
    private readonly string[] _levels;

    internal CategoricalColumn(string name, int[] codes, string[] levels)
    {
        Name = name;
        _codes = codes;
        _levels = levels;
    }

    /// <summary>Gets the column name.</summary>
    public string Name { get; }

    /// <summary>Gets the code of each row: an index into <see cref="Levels"/>, or <see cref="MissingCode"/>.</summary>
    public ReadOnlyMemory<int> Codes => _codes;

    /// <summary>Gets the level names; the code of a level is its index here.</summary>
    public IReadOnlyList<string> Levels => _levels;

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
}
