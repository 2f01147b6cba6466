using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Indikator.Core.Data;

namespace Indikator.Core.Parquet;

/// <summary>
/// Encodes the labels of one categorical column within one row group into local codes, remembering each decoded
/// label by the identity of its characters, so that a dictionary-encoded column costs one comparison of references
/// per row instead of hashing its text.
/// </summary>
/// <remarks>
/// <para>Parquet.Net expands a dictionary-encoded text column into one <see cref="ReadOnlyMemory{T}"/> per row that
/// points into the character array of its dictionary entry: all rows with the same label share that array. So the
/// code of an array slice seen before is known without looking at its characters. A column written plainly gives a
/// new array per row; the table then stops growing at <see cref="MaxRemembered"/> entries and every further label is
/// looked up by its text, as the CSV loader does.</para>
/// <para>The local codes are in order of first appearance within the row group; <see cref="ParquetPanelColumns"/>
/// maps them onto the sorted levels of the whole file once every row group is read.</para>
/// </remarks>
internal sealed class RowGroupLabels
{
    private const int MaxRemembered = 1 << 14;

    private static readonly string[] MissingTokens = [.. CsvReadOptions.Default.MissingTokens];

    private CategoryEncoder _encoder = new();

    // Open addressing keyed by (characters' owner, start, length); slot holds entry + 1, 0 means empty.
    private int[] _slots = new int[256];
    private object?[] _owners = new object?[128];
    private int[] _starts = new int[128];
    private int[] _lengths = new int[128];
    private int[] _codes = new int[128];
    private int _count;
    private object? _lastOwner;
    private int _lastStart;
    private int _lastLength = -1;
    private int _lastCode;

    /// <summary>Starts a new row group: local codes start from 0 again and no characters are remembered.</summary>
    public void Reset()
    {
        _encoder = new CategoryEncoder();
        Array.Clear(_slots);
        Array.Clear(_owners, 0, _count);
        _count = 0;
        _lastOwner = null;
        _lastLength = -1;
    }

    /// <summary>Gets the labels of the local codes, in code order.</summary>
    public string[] Levels() => _encoder.Levels();

    /// <summary>The local code of a label, or <see cref="CategoricalColumn.MissingCode"/> for a missing token (empty or <c>NA</c>).</summary>
    public int Encode(ReadOnlyMemory<char> label)
    {
        object? owner;
        int start;
        if (MemoryMarshal.TryGetArray(label, out var segment))
        {
            owner = segment.Array;
            start = segment.Offset;
        }
        else if (MemoryMarshal.TryGetString(label, out var text, out start, out _))
        {
            owner = text;
        }
        else
        {
            return EncodeText(label.Span);
        }

        var length = label.Length;
        if (ReferenceEquals(owner, _lastOwner) && start == _lastStart && length == _lastLength)
        {
            return _lastCode;
        }

        var code = Remembered(owner!, start, length);
        _lastOwner = owner;
        _lastStart = start;
        _lastLength = length;
        _lastCode = code;
        return code;
    }

    /// <summary>The local code of a label given as text, or <see cref="CategoricalColumn.MissingCode"/> for a missing token.</summary>
    public int EncodeText(ReadOnlySpan<char> label) => IsMissing(label) ? CategoricalColumn.MissingCode : _encoder.Encode(label);

    /// <summary>Whether text is one of the CSV loader's default missing tokens (empty or <c>NA</c>).</summary>
    public static bool IsMissing(ReadOnlySpan<char> text)
    {
        foreach (var token in MissingTokens)
        {
            if (text.SequenceEqual(token))
            {
                return true;
            }
        }

        return false;
    }

    private int Remembered(object owner, int start, int length)
    {
        var hash = HashCode.Combine(RuntimeHelpers.GetHashCode(owner), start, length);
        var mask = _slots.Length - 1;
        var slot = hash & mask;
        while (_slots[slot] is var entry && entry != 0)
        {
            var i = entry - 1;
            if (ReferenceEquals(_owners[i], owner) && _starts[i] == start && _lengths[i] == length)
            {
                return _codes[i];
            }

            slot = (slot + 1) & mask;
        }

        var code = EncodeText(SpanOf(owner, start, length));
        if (_count < MaxRemembered)
        {
            if (_count == _owners.Length)
            {
                Array.Resize(ref _owners, _count * 2);
                Array.Resize(ref _starts, _count * 2);
                Array.Resize(ref _lengths, _count * 2);
                Array.Resize(ref _codes, _count * 2);
            }

            _owners[_count] = owner;
            _starts[_count] = start;
            _lengths[_count] = length;
            _codes[_count] = code;
            _slots[slot] = ++_count;
            if (_count * 2 > _slots.Length)
            {
                Rehash();
            }
        }

        return code;
    }

    private static ReadOnlySpan<char> SpanOf(object owner, int start, int length)
        => owner is string text ? text.AsSpan(start, length) : ((char[])owner).AsSpan(start, length);

    private void Rehash()
    {
        var slots = new int[_slots.Length * 2];
        var mask = slots.Length - 1;
        for (var i = 0; i < _count; i++)
        {
            var slot = HashCode.Combine(RuntimeHelpers.GetHashCode(_owners[i]!), _starts[i], _lengths[i]) & mask;
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = i + 1;
        }

        _slots = slots;
    }
}
