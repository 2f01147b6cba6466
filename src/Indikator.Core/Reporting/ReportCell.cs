using Indikator.Core.Internal;

namespace Indikator.Core.Reporting;

/// <summary>One cell of a <see cref="ReportTable"/>: a published number or text, a suppressed cell, or no value.</summary>
/// <remarks>
/// <para>
/// A suppressed cell carries no value at all, so no writer can leak it. The default value is a cell
/// with status <see cref="CellStatus.NotAvailable"/>.
/// </para>
/// <para>The type is an immutable value and safe to share between threads.</para>
/// </remarks>
public readonly record struct ReportCell
{
    private readonly CellContent content;
    private readonly double number;
    private readonly string? text;

    private ReportCell(CellContent content, double number, string? text)
    {
        this.content = content;
        this.number = number;
        this.text = text;
    }

    private enum CellContent : byte
    {
        None = 0,
        Number = 1,
        Text = 2,
        Suppressed = 3,
    }

    /// <summary>Gets a cell hidden by disclosure control.</summary>
    public static ReportCell Suppressed => new(CellContent.Suppressed, 0, null);

    /// <summary>Gets a cell without a value, shown as "..".</summary>
    public static ReportCell NotAvailable => default;

    /// <summary>Gets the cell's status.</summary>
    public CellStatus Status => content switch
    {
        CellContent.Number or CellContent.Text => CellStatus.Published,
        CellContent.Suppressed => CellStatus.Suppressed,
        _ => CellStatus.NotAvailable,
    };

    /// <summary>Gets the published number, or null when the cell is text, suppressed or not available.</summary>
    public double? Number => content == CellContent.Number ? number : null;

    /// <summary>Gets the published text, or null when the cell is a number, suppressed or not available.</summary>
    public string? Text => content == CellContent.Text ? text : null;

    /// <summary>Creates a published numeric cell.</summary>
    /// <param name="value">The value; a fraction for percent and share columns.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite; use <see cref="NotAvailable"/> instead.</exception>
    public static ReportCell FromNumber(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A published number must be finite; use ReportCell.NotAvailable for a missing value.");
        }

        return new ReportCell(CellContent.Number, value, null);
    }

    /// <summary>Creates a published numeric cell, or a <see cref="NotAvailable"/> cell when <paramref name="value"/> is null or not finite.</summary>
    /// <param name="value">The value, or null.</param>
    /// <returns>The cell.</returns>
    public static ReportCell FromOptional(double? value)
        => value is { } v && double.IsFinite(v) ? new ReportCell(CellContent.Number, v, null) : default;

    /// <summary>Creates a published text cell.</summary>
    /// <param name="value">The text.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static ReportCell FromText(string value) => new(CellContent.Text, 0, Guard.NotNull(value));

    /// <summary>Creates a numeric cell that is suppressed when <paramref name="persons"/> is below <paramref name="minimumPersons"/>.</summary>
    /// <param name="value">The value to publish when the cell is large enough.</param>
    /// <param name="persons">The number of persons behind the value.</param>
    /// <param name="minimumPersons">The smallest number of persons that may be published.</param>
    /// <returns>A published cell, or <see cref="Suppressed"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not finite, or <paramref name="minimumPersons"/> is not positive.</exception>
    /// <remarks>This applies primary suppression only; tables with margins also need secondary suppression.</remarks>
    public static ReportCell FromNumber(double value, int persons, int minimumPersons)
    {
        Guard.Positive(minimumPersons);
        return persons < minimumPersons ? Suppressed : FromNumber(value);
    }

    /// <summary>Returns the cell's value for debugging; suppressed cells show ":" and missing ones "..".</summary>
    /// <returns>The value as invariant text.</returns>
    public override string ToString() => content switch
    {
        CellContent.Number => number.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        CellContent.Text => text!,
        CellContent.Suppressed => ":",
        _ => "..",
    };
}
