using System.Globalization;

namespace Indikator.Core.Reporting;

/// <summary>Formats numbers for people, deterministically per <see cref="ReportLanguage"/> and never from the current culture.</summary>
internal static class NumberText
{
    private const char NoBreakSpace = '\u00A0';

    /// <summary>Formats a table value by column kind with the column's decimals.</summary>
    public static string Format(double value, ReportColumnKind kind, int decimals, ReportLanguage language)
    {
        var (shown, places) = kind switch
        {
            ReportColumnKind.WholeNumber => (value, 0),
            ReportColumnKind.Percent or ReportColumnKind.PercentagePoints => (value * 100, decimals),
            _ => (value, decimals),
        };
        return AppendUnit(Grouped(shown, places, language), kind, language);
    }

    /// <summary>Formats an axis tick: percent kinds are scaled by 100; decimals follow the tick step.</summary>
    public static string Tick(double value, double step, ReportColumnKind kind, ReportLanguage language)
    {
        var scale = kind is ReportColumnKind.Percent or ReportColumnKind.PercentagePoints ? 100 : 1;
        return AppendUnit(Grouped(value * scale, DecimalsFor(step * scale), language), kind, language);
    }

    /// <summary>The number of decimals needed to show multiples of <paramref name="step"/> exactly.</summary>
    public static int DecimalsFor(double step)
    {
        if (!(step > 0) || !double.IsFinite(step))
        {
            return 0;
        }

        // The nudge keeps 0.1 (stored as 0.1000000000000000055) from asking for a second decimal.
        var decimals = (int)Math.Ceiling(-Math.Log10(step) - 1e-9);
        return Math.Clamp(decimals, 0, ReportColumn.MaxDecimals);
    }

    /// <summary>Shortest round-trip invariant form, for machine outputs.</summary>
    public static string RoundTrip(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Grouped(double value, int decimals, ReportLanguage language)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        if (rounded == 0)
        {
            // Avoid "-0.0" for tiny negative values.
            rounded = 0;
        }

        var text = rounded.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        if (language == ReportLanguage.Norwegian)
        {
            text = string.Create(text.Length, text, static (span, source) =>
            {
                for (var i = 0; i < source.Length; i++)
                {
                    span[i] = source[i] switch
                    {
                        ',' => NoBreakSpace,
                        '.' => ',',
                        var c => c,
                    };
                }
            });
        }

        return text;
    }

    // "pp" is the abbreviation in both languages (Norwegian: prosentpoeng).
    private static string AppendUnit(string text, ReportColumnKind kind, ReportLanguage language) => kind switch
    {
        ReportColumnKind.Percent => language == ReportLanguage.Norwegian ? text + NoBreakSpace + "%" : text + "%",
        ReportColumnKind.PercentagePoints => text + NoBreakSpace + "pp",
        _ => text,
    };
}
