using Indikator.Core.Data;

namespace Indikator.Core.Indicators.Providers;

/// <summary>
/// Thrown when a record in <see cref="ProviderData"/> is invalid. The message and the properties name
/// the collection, the 0-based record index and the field, never a person.
/// </summary>
/// <remarks>Instances are not shared and need no synchronisation.</remarks>
public sealed class ProviderDataException : InputDataException
{
    /// <summary>Creates the exception with a default message.</summary>
    public ProviderDataException()
        : this("A provider data record is invalid.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public ProviderDataException(string message)
        : base(message)
    {
        Collection = string.Empty;
        Field = string.Empty;
        RecordIndex = -1;
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ProviderDataException(string message, Exception innerException)
        : base(message, innerException)
    {
        Collection = string.Empty;
        Field = string.Empty;
        RecordIndex = -1;
    }

    internal ProviderDataException(string collection, int recordIndex, string field, string problem)
        : base($"{collection}[{recordIndex}].{field}: {problem}", collection, field, recordIndex, lineNumber: 0)
    {
        Collection = collection;
        RecordIndex = recordIndex;
        Field = field;
    }

    /// <summary>Gets the collection of <see cref="ProviderData"/> holding the record, for example <c>NavSurvey</c>.</summary>
    public string Collection { get; }

    /// <summary>Gets the 0-based index of the record in its collection, or -1 when unknown.</summary>
    public int RecordIndex { get; }

    /// <summary>Gets the invalid field of the record, for example <c>Score</c>.</summary>
    public string Field { get; }
}
