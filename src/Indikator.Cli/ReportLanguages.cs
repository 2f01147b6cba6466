using Indikator.Core.Reporting;

namespace Indikator.Cli;

/// <summary>The report languages by their command-line and job-file names: <c>en</c> for English, <c>nb</c> (or <c>no</c>) for Norwegian bokmål.</summary>
internal static class ReportLanguages
{
    /// <summary>The accepted names.</summary>
    public static readonly string[] Names = ["en", "nb", "no"];

    /// <summary>Returns the language of an accepted name.</summary>
    public static ReportLanguage Parse(string name) => name is "nb" or "no" ? ReportLanguage.Norwegian : ReportLanguage.English;

    /// <summary>Returns whether a name is accepted.</summary>
    public static bool IsKnown(string name) => Array.IndexOf(Names, name) >= 0;
}
