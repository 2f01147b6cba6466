namespace Indikator.Core.Data;

/// <summary>
/// Assigns dense codes to labels in order of first appearance while reading, looking labels up by span so
/// that a repeated label costs no allocation on any target framework.
/// </summary>
/// <remarks>
/// <c>Dictionary</c> alternate lookups by span exist only from .NET 9; the CSV loader must not
/// allocate a string per row on .NET 8 either, hence this small open-addressing table. These codes are
/// provisional: <see cref="CategoricalColumn"/> sorts the levels ordinally and remaps the codes when the
/// column is made, so no published order depends on the order of the rows.
/// </remarks>
internal sealed class CategoryEncoder
{
    private readonly List<string> _levels = [];
    private readonly List<int> _hashes = [];

    // Slot holds code + 1; 0 means empty. Kept at most half full.
    private int[] _slots = new int[64];

    public int Count => _levels.Count;

    public int Encode(string label) => Encode(label.AsSpan());

    public int Encode(ReadOnlySpan<char> label)
    {
        var hash = string.GetHashCode(label);
        var mask = _slots.Length - 1;
        var slot = hash & mask;
        while (true)
        {
            var entry = _slots[slot];
            if (entry == 0)
            {
                break;
            }

            var code = entry - 1;
            if (_hashes[code] == hash && label.SequenceEqual(_levels[code]))
            {
                return code;
            }

            slot = (slot + 1) & mask;
        }

        var newCode = _levels.Count;
        _levels.Add(label.ToString());
        _hashes.Add(hash);
        _slots[slot] = newCode + 1;
        if (_levels.Count * 2 > _slots.Length)
        {
            Rehash();
        }

        return newCode;
    }

    public string[] Levels() => [.. _levels];

    private void Rehash()
    {
        var slots = new int[_slots.Length * 2];
        var mask = slots.Length - 1;
        for (var code = 0; code < _levels.Count; code++)
        {
            var slot = _hashes[code] & mask;
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = code + 1;
        }

        _slots = slots;
    }
}
