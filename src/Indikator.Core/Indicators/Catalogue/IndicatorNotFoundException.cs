namespace Indikator.Core.Indicators.Catalogue;

/// <summary>Thrown when an indicator id is not in the <see cref="IndicatorCatalogue"/>.</summary>
/// <remarks>The message lists the known ids. Instances are not shared and need no synchronisation.</remarks>
public sealed class IndicatorNotFoundException : KeyNotFoundException
{
    /// <summary>Creates the exception with a default message.</summary>
    public IndicatorNotFoundException()
        : base("The indicator is not in the catalogue.")
    {
        RequestedId = string.Empty;
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public IndicatorNotFoundException(string message)
        : base(message)
    {
        RequestedId = string.Empty;
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public IndicatorNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
        RequestedId = string.Empty;
    }

    internal IndicatorNotFoundException(string requestedId, IEnumerable<string> knownIds)
        : base($"Unknown indicator id '{requestedId}'. Known ids: {string.Join(", ", knownIds)}.")
    {
        RequestedId = requestedId;
    }

    /// <summary>Gets the id that was asked for.</summary>
    public string RequestedId { get; }
}
