namespace Indikator.Core.Indicators.Catalogue;

/// <summary>Where an indicator is defined.</summary>
/// <param name="Document">The document, for example the working-group report or Meld. St. 33 (2023–2024).</param>
/// <param name="Section">The section, box or table within the document.</param>
/// <remarks>This record is immutable and thread safe.</remarks>
public sealed record IndicatorSource(string Document, string Section)
{
    /// <summary>Returns <c>Document, Section</c>.</summary>
    /// <returns>The citation.</returns>
    public override string ToString() => Document + ", " + Section;
}
