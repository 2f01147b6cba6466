namespace Indikator.Core.Data;

/// <summary>What <see cref="CsvDelimiter{T}.Delimit"/> found at a position.</summary>
internal enum CsvDelimited
{
    /// <summary>A whole record; its fields are set.</summary>
    Record,

    /// <summary>A blank line, skipped.</summary>
    BlankLine,

    /// <summary>The data ends inside a record (or after a CR that an LF may follow) and more may come.</summary>
    NeedMore,

    /// <summary>No data is left.</summary>
    EndOfData,

    /// <summary>The record is not valid CSV; the fields hold the reason.</summary>
    Error,
}
