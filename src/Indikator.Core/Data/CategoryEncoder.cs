namespace Indikator.Core.Data;

/// <summary>Assigns dense codes to labels in order of first appearance.</summary>
internal sealed class CategoryEncoder
{
    private readonly Dictionary<string, int> _codes = new(StringComparer.Ordinal);
    private readonly List<string> _levels = [];

    public int Count => _levels.Count;

    public int Encode(string label)
    {
        if (!_codes.TryGetValue(label, out var code))
        {
            code = _levels.Count;
            _codes.Add(label, code);
            _levels.Add(label);
        }

        return code;
    }

    public int Encode(ReadOnlySpan<char> label)
    {
#if NET9_0_OR_GREATER
        // Looking up by span avoids a string per row when most labels repeat.
        var lookup = _codes.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(label, out var code))
        {
            return code;
        }
#endif
        return Encode(label.ToString());
    }

    public string[] Levels() => [.. _levels];
}
