using System.Runtime.CompilerServices;

namespace Indikator.Core.Internal;

/// <summary>Preconditions checked once at the public edge; kernels trust their inputs.</summary>
internal static class Guard
{
    public static T NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
        => value ?? throw new ArgumentNullException(name);

    public static string NotEmpty(string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        ArgumentNullException.ThrowIfNull(value, name);
        if (value.Length == 0 || string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("The value must not be empty.", name);
        }

        return value;
    }

    public static int Positive(int value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(name, value, "The value must be positive.");
        }

        return value;
    }

    public static int NonNegative(int value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(name, value, "The value must not be negative.");
        }

        return value;
    }

    public static void SameLength(int expected, int actual, string column)
    {
        if (expected != actual)
        {
            throw new ArgumentException(
                $"Column '{column}' has {actual} rows; the panel has {expected}.", column);
        }
    }
}
