namespace Indikator.Core.Reporting.Notebooks;

/// <summary>
/// Names the formatter source that .NET Interactive (Polyglot notebooks) uses to display a type, without a
/// reference to Microsoft.DotNet.Interactive.Formatting.
/// </summary>
/// <remarks>
/// .NET Interactive recognises an attribute by its type name <c>TypeFormatterSourceAttribute</c> and reads
/// its <c>FormatterSourceType</c> and <c>PreferredMimeTypes</c> properties by reflection; it then creates
/// the source, calls <c>CreateTypeFormatters()</c>, and registers each formatter's <c>MimeType</c>,
/// optional <c>Type</c> and <c>bool Format(object, TextWriter)</c> (dotnet/interactive pull requests
/// 2053 and 3038, <c>Formatter.TryRegisterFromConventionBasedFormatterSources</c>). The shape here must stay
/// exactly that; it is internal so it does not widen the package's API.
/// </remarks>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class TypeFormatterSourceAttribute : Attribute
{
    public TypeFormatterSourceAttribute(Type formatterSourceType)
    {
        FormatterSourceType = formatterSourceType;
    }

    public Type FormatterSourceType { get; }

    public string[]? PreferredMimeTypes { get; set; }
}
