namespace Indikator.Cli;

/// <summary>Writes the demo's computed tables in one format (CSV here; HTML and XLSX writers plug in the same way).</summary>
internal interface IDemoReportWriter
{
    /// <summary>Gets a short name for progress messages, such as "CSV".</summary>
    string Format { get; }

    /// <summary>Writes the report into <paramref name="directory"/> (which exists) and returns the paths written.</summary>
    IReadOnlyList<string> Write(DemoReport report, string directory);
}
