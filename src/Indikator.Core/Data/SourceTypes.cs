using System.Numerics;

namespace Indikator.Core.Data;

/// <summary>Maps the .NET type a source reports for a column to the kind the loaders read.</summary>
internal static class SourceTypes
{
    public static SourceType FromClr(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(long) || type == typeof(int) || type == typeof(short) || type == typeof(sbyte)
            || type == typeof(ulong) || type == typeof(uint) || type == typeof(ushort) || type == typeof(byte)
            || type == typeof(BigInteger) || type == typeof(Int128) || type == typeof(UInt128))
        {
            return SourceType.Integer;
        }

        if (type == typeof(double) || type == typeof(float) || type == typeof(decimal) || type == typeof(Half))
        {
            return SourceType.Real;
        }

        if (type == typeof(string))
        {
            return SourceType.Text;
        }

        if (type == typeof(DateTime) || type == typeof(DateOnly) || type == typeof(DateTimeOffset))
        {
            return SourceType.Date;
        }

        return type == typeof(bool) ? SourceType.Boolean : SourceType.Unsupported;
    }
}
