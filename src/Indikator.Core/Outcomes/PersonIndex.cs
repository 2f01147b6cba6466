using System.Runtime.CompilerServices;

namespace Indikator.Core.Outcomes;

/// <summary>
/// Dense person codes <c>0..Count-1</c> for person keys, in order of first appearance, so that kernels
/// index arrays instead of hashing keys per row.
/// </summary>
/// <remarks>Reads are thread safe once built (the dictionary is never written after construction).</remarks>
internal sealed class PersonIndex
{
    private readonly Dictionary<long, int> _codes;

    private PersonIndex(Dictionary<long, int> codes) => _codes = codes;

    public int Count => _codes.Count;

    /// <summary>Codes every key, adding new persons; returns the code of each row.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static PersonIndex Build(long[] keys, out int[] rowCodes)
    {
        var codes = new Dictionary<long, int>();
        rowCodes = new int[keys.Length];
        var lastKey = 0L;
        var lastCode = -1;
        for (var row = 0; row < keys.Length; row++)
        {
            var key = keys[row];

            // Panels are usually sorted by person, so most rows repeat the previous key.
            if (lastCode < 0 || key != lastKey)
            {
                ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(codes, key, out var exists);
                if (!exists)
                {
                    slot = codes.Count - 1;
                }

                lastKey = key;
                lastCode = slot;
            }

            rowCodes[row] = lastCode;
        }

        return new PersonIndex(codes);
    }

    /// <summary>Looks up codes for rows <paramref name="from"/>..<paramref name="to"/>; unknown persons get -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Encode(long[] keys, int[] destination, int from, int to)
    {
        var lastKey = 0L;
        var lastCode = -1;
        var haveLast = false;
        for (var row = from; row < to; row++)
        {
            var key = keys[row];
            if (!haveLast || key != lastKey)
            {
                lastCode = _codes.TryGetValue(key, out var code) ? code : -1;
                lastKey = key;
                haveLast = true;
            }

            destination[row] = lastCode;
        }
    }

    /// <summary>Codes for all rows, in parallel over fixed blocks; unknown persons get -1.</summary>
    public int[] Encode(long[] keys, int maxDegreeOfParallelism)
    {
        var destination = new int[keys.Length];
        var blocks = Blocks.Count(keys.Length);
        Blocks.For(blocks, maxDegreeOfParallelism, b => Encode(keys, destination, Blocks.Start(b, keys.Length), Blocks.End(b, keys.Length)));
        return destination;
    }
}
