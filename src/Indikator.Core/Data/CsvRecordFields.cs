namespace Indikator.Core.Data;

/// <summary>The fields of one delimited CSV record: offsets into the data, lengths and whether a field holds doubled quotes.</summary>
/// <remarks>Reused from record to record by one reader; not thread safe.</remarks>
internal sealed class CsvRecordFields
{
    private int[] _start = new int[32];
    private int[] _length = new int[32];
    private bool[] _escaped = new bool[32];

    /// <summary>Gets or sets the number of fields of the record.</summary>
    public int Count { get; set; }

    /// <summary>Gets the index of the field a delimiting error concerns (it may be past the header count).</summary>
    public int ErrorField { get; private set; }

    /// <summary>Gets why delimiting failed.</summary>
    public string ErrorReason { get; private set; } = string.Empty;

    public int Start(int index) => _start[index];

    public int Length(int index) => _length[index];

    public bool Escaped(int index) => _escaped[index];

    public void Set(int index, int start, int length, bool escaped)
    {
        if (index == _start.Length)
        {
            var size = _start.Length * 2;
            Array.Resize(ref _start, size);
            Array.Resize(ref _length, size);
            Array.Resize(ref _escaped, size);
        }

        _start[index] = start;
        _length[index] = length;
        _escaped[index] = escaped;
    }

    public CsvDelimited Fail(int field, string reason)
    {
        ErrorField = field;
        ErrorReason = reason;
        return CsvDelimited.Error;
    }
}
