using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Indikator.Core.Data;

/// <summary>
/// Assigns dense codes to the labels of one chunk of a CSV file in order of first appearance, looking them up by
/// their code units so that a repeated label costs no allocation and no decoding.
/// </summary>
/// <remarks>
/// These codes are local to the chunk: the loader decodes each chunk's levels once, merges them into one set of
/// levels in ordinal order (as <see cref="CategoricalColumn"/> keeps them) and remaps the codes while it joins the
/// chunks. Not thread safe: each chunk has its own encoders.
/// </remarks>
/// <typeparam name="T"><see cref="byte"/> or <see cref="char"/>.</typeparam>
internal sealed class CsvLabelEncoder<T>
    where T : unmanaged, IBinaryInteger<T>
{
    private T[] _arena = new T[1024];
    private int _arenaLength;
    private int[] _start = new int[16];
    private int[] _length = new int[16];
    private int[] _hash = new int[16];
    private int _count;

    // Slot holds code + 1; 0 means empty. Kept at most half full.
    private int[] _slots = new int[64];

    public int Count => _count;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Encode(ReadOnlySpan<T> label)
    {
        var hash = Hash(MemoryMarshal.AsBytes(label));
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
            if (_hash[code] == hash && label.SequenceEqual(new ReadOnlySpan<T>(_arena, _start[code], _length[code])))
            {
                return code;
            }

            slot = (slot + 1) & mask;
        }

        return Add(label, hash, slot);
    }

    /// <summary>Decodes the levels, in code order.</summary>
    /// <param name="encoding">The single-byte encoding of byte labels, or null for UTF-8.</param>
    public string[] Levels(System.Text.Encoding? encoding = null)
    {
        var levels = new string[_count];
        for (var code = 0; code < _count; code++)
        {
            levels[code] = CsvDelimiter<T>.ToText(new ReadOnlySpan<T>(_arena, _start[code], _length[code]), encoding);
        }

        return levels;
    }

    private int Add(ReadOnlySpan<T> label, int hash, int slot)
    {
        if (_arenaLength + label.Length > _arena.Length)
        {
            Array.Resize(ref _arena, Math.Max(_arena.Length * 2, _arenaLength + label.Length));
        }

        if (_count == _start.Length)
        {
            Array.Resize(ref _start, _count * 2);
            Array.Resize(ref _length, _count * 2);
            Array.Resize(ref _hash, _count * 2);
        }

        var code = _count++;
        label.CopyTo(_arena.AsSpan(_arenaLength));
        _start[code] = _arenaLength;
        _length[code] = label.Length;
        _hash[code] = hash;
        _arenaLength += label.Length;
        _slots[slot] = code + 1;
        if (_count * 2 > _slots.Length)
        {
            Rehash();
        }

        return code;
    }

    private void Rehash()
    {
        var slots = new int[_slots.Length * 2];
        var mask = slots.Length - 1;
        for (var code = 0; code < _count; code++)
        {
            var slot = _hash[code] & mask;
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = code + 1;
        }

        _slots = slots;
    }

    /// <summary>A fast multiplicative hash over 8-byte words; labels are short and the table is private, so no seed is needed.</summary>
    private static int Hash(ReadOnlySpan<byte> bytes)
    {
        const ulong K = 0x9E3779B97F4A7C15UL;
        var h = (ulong)bytes.Length * K;
        while (bytes.Length >= 8)
        {
            h = BitOperations.RotateLeft((h ^ BinaryPrimitives.ReadUInt64LittleEndian(bytes)) * K, 31);
            bytes = bytes[8..];
        }

        ulong tail = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            tail |= (ulong)bytes[i] << (8 * i);
        }

        h = (h ^ tail) * K;
        h ^= h >> 29;
        h *= 0xBF58476D1CE4E5B9UL;
        h ^= h >> 32;
        return (int)h;
    }
}
