namespace Indikator.Core.Data;

/// <summary>The kind of values a typed source column holds, as far as loading cares.</summary>
internal enum SourceType
{
    /// <summary>A type the loaders do not read (binary, nested, time of day).</summary>
    Unsupported,

    /// <summary>Whole numbers of any width.</summary>
    Integer,

    /// <summary>Floating-point or decimal numbers.</summary>
    Real,

    /// <summary>Text.</summary>
    Text,

    /// <summary>Dates and timestamps; a period is the month of the date.</summary>
    Date,

    /// <summary>True or false.</summary>
    Boolean,
}
