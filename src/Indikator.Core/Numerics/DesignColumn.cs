using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Indikator.Core.Numerics;

/// <summary>
/// One column of a design: the constant, a numeric column, or the indicator of one level of a categorical term, read
/// from the term's code array.
/// </summary>
/// <remarks>
/// Indicators are not expanded into 0/1 columns of doubles: a term with L levels costs one int per row, shared by its
/// L - 1 indicators, instead of 8 (L - 1) bytes per row. Every reader produces the same values, in the same order, as
/// the expanded column would, so sums over indicators have the same bits.
/// </remarks>
internal sealed class DesignColumn
{
    private DesignColumn(double[]? values, int[]? codes, int level)
    {
        Values = values;
        Codes = codes;
        Level = level;
    }

    /// <summary>Gets the column of ones.</summary>
    public static DesignColumn Constant { get; } = new(null, null, -1);

    /// <summary>Gets the values of a numeric column, or null.</summary>
    public double[]? Values { get; }

    /// <summary>Gets the codes of an indicator's term, or null.</summary>
    public int[]? Codes { get; }

    /// <summary>Gets the code an indicator is 1 at.</summary>
    public int Level { get; }

    /// <summary>Gets whether this is the column of ones.</summary>
    public bool IsConstant => Values is null && Codes is null;

    /// <summary>Gets the value at a row.</summary>
    /// <param name="row">The row.</param>
    public double this[int row] => Values is { } v ? v[row] : Codes is { } c ? (c[row] == Level ? 1.0 : 0.0) : 1.0;

    /// <summary>A numeric column.</summary>
    /// <param name="values">The values (not copied).</param>
    public static DesignColumn Numeric(double[] values) => new(values, null, -1);

    /// <summary>The indicator of one level of a categorical term.</summary>
    /// <param name="codes">The term's codes (not copied; shared by the term's indicators).</param>
    /// <param name="level">The level's code.</param>
    public static DesignColumn Indicator(int[] codes, int level) => new(null, codes, level);

    /// <summary>Writes rows [start, start + destination.Length) into <paramref name="destination"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void CopyTo(int start, Span<double> destination)
    {
        if (Values is { } values)
        {
            values.AsSpan(start, destination.Length).CopyTo(destination);
        }
        else if (Codes is { } codes)
        {
            Indicate(codes.AsSpan(start, destination.Length), Level, destination);
        }
        else
        {
            destination.Fill(1.0);
        }
    }

    /// <summary>destination[r] = 1 where source[r] is the level, else 0; four rows per step where vectors are fast.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Indicate(ReadOnlySpan<int> source, int level, Span<double> destination)
    {
        var r = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var wanted = Vector128.Create(level);
            var one = Vector256.Create(1.0);
            ref var src = ref MemoryMarshal.GetReference(source);
            ref var dst = ref MemoryMarshal.GetReference(destination);
            for (; r + 4 <= source.Length; r += 4)
            {
                // An all-ones lane widened to 64 bits masks 1.0 in, a zero lane masks it out: exactly 1.0 or 0.0.
                var (lower, upper) = Vector128.Widen(Vector128.Equals(Vector128.LoadUnsafe(ref src, (nuint)r), wanted));
                (Vector256.Create(lower, upper).AsDouble() & one).StoreUnsafe(ref dst, (nuint)r);
            }
        }

        for (; r < source.Length; r++)
        {
            destination[r] = source[r] == level ? 1.0 : 0.0;
        }
    }

    /// <summary>The values of the first <paramref name="rows"/> rows as an array (the numeric column itself, not a copy).</summary>
    public double[] ToArray(int rows)
    {
        if (Values is { } values)
        {
            return values;
        }

        var result = new double[rows];
        CopyTo(0, result);
        return result;
    }

    /// <summary>Whether every one of the first <paramref name="rows"/> rows has the same value.</summary>
    public bool IsConstantOver(int rows)
    {
        var first = this[0];
        for (var i = 1; i < rows; i++)
        {
            if (this[i] != first)
            {
                return false;
            }
        }

        return true;
    }
}
