using System.Globalization;
using System.Text.RegularExpressions;
using Indikator.Core.Data;

namespace Indikator.Cli;

/// <summary>Turns the library's data errors (<see cref="InputDataException"/>) into messages that name the file, the
/// file line and the column, for exit code 3. A check after loading knows only the 0-based row of the loaded table; for
/// a CSV file that row is turned into the line a person opens in an editor.</summary>
internal static partial class InputDataErrors
{
    /// <summary>Describes a data error found in a table loaded whole from <paramref name="file"/>.</summary>
    /// <param name="e">The error.</param>
    /// <param name="file">The CSV file the table was loaded from.</param>
    /// <param name="options">The options it was read with (for the line count).</param>
    /// <returns>The message, without a data value.</returns>
    public static string Describe(InputDataException e, string file, CsvReadOptions? options)
    {
        if (e.LineNumber > 0 || e.Row < 0 || e.Row > int.MaxValue)
        {
            return e.Message;
        }

        var reason = LocationPrefix().Replace(e.Message, string.Empty, 1);
        int line;
        try
        {
            line = CsvLoader.LineOfRow(file, (int)e.Row, options);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InputDataException)
        {
            line = -1;
        }

        var place = line > 0 ? string.Create(CultureInfo.InvariantCulture, $"line {line}") : string.Create(CultureInfo.InvariantCulture, $"data row {e.Row + 1}");
        return e.ColumnName is null ? $"{file}, {place}: {reason}" : $"{file}, {place}, column '{e.ColumnName}': {reason}";
    }

    // "Column 'x', row 3: " as the library's record and model errors begin.
    [GeneratedRegex(@"^Column '[^']*', row \d+: ")]
    private static partial Regex LocationPrefix();
}
