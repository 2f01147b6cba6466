namespace Indikator.Core.Parquet.Pages;

/// <summary>
/// The fields of a Parquet page header that <see cref="ColumnChunkReader"/> needs, read from the Thrift compact
/// encoding in which the format stores them.
/// </summary>
/// <remarks>
/// <para>The page header is the Thrift struct <c>PageHeader</c> of the Parquet format (parquet.thrift): its type, its
/// sizes before and after compression, and one sub-header per page type. Only the data page (version 1) and
/// dictionary page sub-headers are read; every other field, including statistics and any field a later version of
/// the format adds, is skipped by its wire type.</para>
/// <para>Thrift compact encoding, as used here: a field starts with one byte whose high nibble is the id delta from
/// the previous field (0: a zigzag varint id follows) and whose low nibble is the wire type; 0 ends a struct.
/// Integers are zigzag varints, booleans are carried in the wire type, binaries are a varint length and bytes, lists
/// and sets a byte of size (high nibble, 15: varint follows) and element type, maps a varint size and a byte of key
/// and value types.</para>
/// </remarks>
internal readonly record struct PageHeader(
    int Type,
    int UncompressedSize,
    int CompressedSize,
    int ValueCount,
    int Encoding,
    int DefinitionLevelEncoding,
    int RepetitionLevelEncoding)
{
    /// <summary>The page type of a data page (version 1).</summary>
    public const int DataPage = 0;

    /// <summary>The page type of a dictionary page.</summary>
    public const int DictionaryPage = 2;

    private const int Stop = 0;
    private const int BooleanTrue = 1;
    private const int BooleanFalse = 2;
    private const int Byte = 3;
    private const int I16 = 4;
    private const int I32 = 5;
    private const int I64 = 6;
    private const int Double = 7;
    private const int Binary = 8;
    private const int List = 9;
    private const int Set = 10;
    private const int Map = 11;
    private const int Struct = 12;

    /// <summary>Reads a page header starting at <paramref name="position"/>, which is moved past it.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a page header.</exception>
    public static PageHeader Read(ReadOnlySpan<byte> data, ref int position)
    {
        int type = -1, uncompressed = -1, compressed = -1, values = -1, encoding = -1, definition = -1, repetition = -1;
        short id = 0;
        while (NextField(data, ref position, ref id, out var wire))
        {
            switch (id)
            {
                case 1 when wire == I32:
                    type = ReadInt(data, ref position);
                    break;
                case 2 when wire == I32:
                    uncompressed = ReadInt(data, ref position);
                    break;
                case 3 when wire == I32:
                    compressed = ReadInt(data, ref position);
                    break;
                case 5 when wire == Struct:
                    ReadDataPageHeader(data, ref position, out values, out encoding, out definition, out repetition);
                    break;
                case 7 when wire == Struct:
                    ReadDictionaryPageHeader(data, ref position, out values, out encoding);
                    break;
                default:
                    Skip(data, ref position, wire, 0);
                    break;
            }
        }

        if (type < 0 || uncompressed < 0 || compressed < 0)
        {
            throw new InvalidDataException("a page header lacks its type or sizes");
        }

        return new PageHeader(type, uncompressed, compressed, values, encoding, definition, repetition);
    }

    private static void ReadDataPageHeader(ReadOnlySpan<byte> data, ref int position, out int values, out int encoding, out int definition, out int repetition)
    {
        Span<int> fields = stackalloc int[4];
        ReadIntFields(data, ref position, fields);
        (values, encoding, definition, repetition) = (fields[0], fields[1], fields[2], fields[3]);
    }

    private static void ReadDictionaryPageHeader(ReadOnlySpan<byte> data, ref int position, out int values, out int encoding)
    {
        Span<int> fields = stackalloc int[2];
        ReadIntFields(data, ref position, fields);
        (values, encoding) = (fields[0], fields[1]);
    }

    /// <summary>Reads a struct whose fields 1..n are the 32-bit integers wanted (the data and dictionary page headers
    /// begin so): each into fields[id - 1], -1 when absent; every other field is skipped.</summary>
    private static void ReadIntFields(ReadOnlySpan<byte> data, ref int position, Span<int> fields)
    {
        fields.Fill(-1);
        short id = 0;
        while (NextField(data, ref position, ref id, out var wire))
        {
            if (id >= 1 && id <= fields.Length && wire == I32)
            {
                fields[id - 1] = ReadInt(data, ref position);
            }
            else
            {
                Skip(data, ref position, wire, 0);
            }
        }
    }

    /// <summary>Reads the next field's header; false at the end of the struct.</summary>
    private static bool NextField(ReadOnlySpan<byte> data, ref int position, ref short id, out int wire)
    {
        var header = data[position++];
        wire = header & 0x0F;
        if (wire == Stop)
        {
            return false;
        }

        var delta = header >> 4;
        id = delta == 0 ? (short)ZigZag(ReadVarint(data, ref position)) : (short)(id + delta);
        return true;
    }

    private static void Skip(ReadOnlySpan<byte> data, ref int position, int wire, int depth)
    {
        if (depth > 32)
        {
            throw new InvalidDataException("a page header nests too deeply");
        }

        switch (wire)
        {
            case BooleanTrue:
            case BooleanFalse:
                break;
            case Byte:
                position++;
                break;
            case I16:
            case I32:
            case I64:
                ReadVarint(data, ref position);
                break;
            case Double:
                position += 8;
                break;
            case Binary:
                {
                    // The length is read first: "position += ReadVarint(ref position)" would add it to the old position.
                    var length = checked((int)ReadVarint(data, ref position));
                    position += length;
                    break;
                }
            case List:
            case Set:
                {
                    var header = data[position++];
                    var size = header >> 4 == 15 ? checked((int)ReadVarint(data, ref position)) : header >> 4;
                    var element = header & 0x0F;
                    for (var i = 0; i < size; i++)
                    {
                        // Booleans in a list are one byte each.
                        if (element is BooleanTrue or BooleanFalse)
                        {
                            position++;
                        }
                        else
                        {
                            Skip(data, ref position, element, depth + 1);
                        }
                    }

                    break;
                }

            case Map:
                {
                    var size = checked((int)ReadVarint(data, ref position));
                    if (size == 0)
                    {
                        break;
                    }

                    var types = data[position++];
                    for (var i = 0; i < size; i++)
                    {
                        SkipElement(data, ref position, types >> 4, depth + 1);
                        SkipElement(data, ref position, types & 0x0F, depth + 1);
                    }

                    break;
                }

            case Struct:
                {
                    short id = 0;
                    while (NextField(data, ref position, ref id, out var inner))
                    {
                        Skip(data, ref position, inner, depth + 1);
                    }

                    break;
                }

            default:
                throw new InvalidDataException($"unknown Thrift compact type {wire} in a page header");
        }
    }

    private static void SkipElement(ReadOnlySpan<byte> data, ref int position, int wire, int depth)
    {
        if (wire is BooleanTrue or BooleanFalse)
        {
            position++;
        }
        else
        {
            Skip(data, ref position, wire, depth);
        }
    }

    private static int ReadInt(ReadOnlySpan<byte> data, ref int position) => checked((int)ZigZag(ReadVarint(data, ref position)));

    private static long ZigZag(ulong value) => (long)(value >> 1) ^ -(long)(value & 1);

    private static ulong ReadVarint(ReadOnlySpan<byte> data, ref int position)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var b = data[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new InvalidDataException("a varint in a page header is too long");
    }
}
