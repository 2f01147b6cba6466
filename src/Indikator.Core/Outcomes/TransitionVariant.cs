namespace Indikator.Core.Outcomes;

/// <summary>Which exits the legacy six-month measure follows.</summary>
public enum TransitionVariant
{
    /// <summary>Exits from the statuses job seeker and reduced work capacity; moves between them count as exits.</summary>
    Status = 0,

    /// <summary>Exits from labour-market programmes; moves between programmes count as exits.</summary>
    Programme = 1,
}
