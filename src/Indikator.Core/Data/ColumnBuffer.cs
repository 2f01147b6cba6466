using System.Runtime.CompilerServices;

namespace Indikator.Core.Data;

/// <summary>
/// An append-only column of unknown final length, stored as a list of chunks that grow
/// geometrically and are copied once, into an exact-size array, at the end.
/// </summary>
/// <remarks>
/// Chunks are never copied while growing, so the peak memory of a load is the data plus one
/// exact-size column (the one being assembled), not twice the data as with a doubling array.
/// </remarks>
internal sealed class ColumnBuffer<T>
{
    private const int MinChunk = 4096;

    // 1M elements is 8 MB of doubles: slack per column stays small even for ten million rows.
    private const int MaxChunk = 1 << 20;

    private readonly List<T[]> _full = [];
    private T[] _current;
    private int _position;
    private int _fullCount;

    public ColumnBuffer(int capacity) => _current = new T[capacity > 0 ? capacity : MinChunk];

    public int Count => _fullCount + _position;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(T value)
    {
        if (_position == _current.Length)
        {
            NextChunk();
        }

        _current[_position++] = value;
    }

    public T[] ToArray()
    {
        if (_full.Count == 0 && _position == _current.Length)
        {
            // Handed out whole: the buffer is empty afterwards, as after a copy.
            var whole = _current;
            _current = [];
            _position = 0;
            return whole;
        }

        var result = new T[Count];
        var offset = 0;
        for (var i = 0; i < _full.Count; i++)
        {
            var chunk = _full[i];
            chunk.CopyTo(result, offset);
            offset += chunk.Length;
            _full[i] = [];
        }

        System.Array.Copy(_current, 0, result, offset, _position);
        _full.Clear();
        _current = [];
        _position = 0;
        _fullCount = 0;
        return result;
    }

    private void NextChunk()
    {
        _full.Add(_current);
        _fullCount += _current.Length;
        _current = new T[Math.Clamp(_fullCount, MinChunk, MaxChunk)];
        _position = 0;
    }
}
