using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using Indikator.Core.Reporting;

namespace Indikator.Core.Tests.Reporting;

/// <summary>
/// Drives the formatter exactly as .NET Interactive's convention does (Formatter.TryRegisterFromConventionBasedFormatterSources):
/// find an attribute by its type name, read FormatterSourceType and PreferredMimeTypes by reflection, create the source,
/// call CreateTypeFormatters, and compile each formatter's Format(object, TextWriter) into a Func&lt;object, TextWriter, bool&gt;.
/// </summary>
public class NotebookFormatterSourceTests
{
    private sealed record ConventionFormatter(string MimeType, Type Type, Func<object, TextWriter, bool> Format);

    private static (string[]? PreferredMimeTypes, IReadOnlyList<ConventionFormatter> Formatters) Discover(Type type)
    {
        var attribute = type.GetCustomAttributes(true).Single(a => a.GetType().Name == "TypeFormatterSourceAttribute");
        var sourceType = (Type)attribute.GetType().GetProperty("FormatterSourceType")!.GetGetMethod()!.Invoke(attribute, null)!;
        var preferred = attribute.GetType().GetProperty("PreferredMimeTypes")!.GetGetMethod()!.Invoke(attribute, null) as string[];
        var source = Activator.CreateInstance(sourceType)!;
        var created = (IEnumerable)source.GetType().GetMethod("CreateTypeFormatters")!.Invoke(source, null)!;

        var formatters = new List<ConventionFormatter>();
        foreach (var formatter in created)
        {
            var mimeType = (string)formatter.GetType().GetProperty("MimeType")!.GetGetMethod()!.Invoke(formatter, null)!;
            var formattedType = formatter.GetType().GetProperty("Type")?.GetGetMethod()?.Invoke(formatter, null) as Type ?? type;
            MethodInfo format = formatter.GetType().GetMethod("Format")!;
            var value = Expression.Parameter(typeof(object));
            var writer = Expression.Parameter(typeof(TextWriter));
            var call = Expression.Call(Expression.Constant(formatter), format, value, writer);
            formatters.Add(new ConventionFormatter(mimeType, formattedType, Expression.Lambda<Func<object, TextWriter, bool>>(call, value, writer).Compile()));
        }

        return (preferred, formatters);
    }

    [Fact]
    public void ReportTable_is_found_by_convention_and_formats_as_an_HTML_table()
    {
        var (preferred, formatters) = Discover(typeof(ReportTable));
        var formatter = formatters.Single(f => f.Type == typeof(ReportTable));
        using var writer = new StringWriter();

        Assert.Equal(["text/html"], Assert.IsType<string[]>(preferred));
        Assert.Equal("text/html", formatter.MimeType);
        Assert.True(formatter.Format(ReportSamples.Small(), writer));
        var html = writer.ToString();
        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("<caption>Work indicator by office", html, StringComparison.Ordinal);
        Assert.Contains("suppressed: fewer than 5 persons", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_formats_as_an_HTML_fragment_with_its_charts()
    {
        var (preferred, formatters) = Discover(typeof(Report));
        var formatter = formatters.Single(f => f.Type == typeof(Report));
        using var writer = new StringWriter();

        Assert.Equal(["text/html"], Assert.IsType<string[]>(preferred));
        Assert.True(formatter.Format(ReportSamples.Example(), writer));
        var html = writer.ToString();
        Assert.Equal(3, HtmlChecks.SvgElements(html).Count);
        Assert.DoesNotContain("<html", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<nav", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_formatter_declines_objects_it_does_not_handle()
    {
        var (_, formatters) = Discover(typeof(ReportTable));
        using var writer = new StringWriter();

        Assert.All(formatters, f => Assert.False(f.Format("not a table", writer)));
        Assert.False(formatters.Single(f => f.Type == typeof(Report)).Format(ReportSamples.Small(), writer));
        Assert.Empty(writer.ToString());
    }

    [Fact]
    public void The_convention_types_stay_out_of_the_public_API()
    {
        var attribute = typeof(ReportTable).GetCustomAttributes(true).Single(a => a.GetType().Name == "TypeFormatterSourceAttribute");

        Assert.False(attribute.GetType().IsPublic);
        Assert.DoesNotContain(typeof(ReportTable).Assembly.GetExportedTypes(), t => t.Namespace == "Indikator.Core.Reporting.Notebooks");
    }
}
