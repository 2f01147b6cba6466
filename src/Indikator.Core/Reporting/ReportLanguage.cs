namespace Indikator.Core.Reporting;

/// <summary>The language of the fixed texts a writer adds (footnotes, legends, headings), and of number formatting for people.</summary>
/// <remarks>
/// <para>
/// Texts the caller supplies (titles, headers, notes) are written as given. Number formatting is
/// fixed per language and never taken from the current culture: English writes 1,234.5 and 45.2%,
/// Norwegian writes 1 234,5 and 45,2 % (with no-break spaces).
/// </para>
/// </remarks>
public enum ReportLanguage
{
    /// <summary>English.</summary>
    English = 0,

    /// <summary>Norwegian (bokmål).</summary>
    Norwegian = 1,
}
