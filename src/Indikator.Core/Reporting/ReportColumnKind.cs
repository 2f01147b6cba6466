namespace Indikator.Core.Reporting;

/// <summary>What a report column holds, which decides how its values are formatted in every output.</summary>
/// <remarks>
/// <para>
/// <see cref="Percent"/> and <see cref="Share"/> both hold a fraction between 0 and 1 (0.452 is 45.2 %):
/// a percent column is shown multiplied by 100 with a percent sign, a share column is shown as the
/// fraction itself with three decimals. <see cref="PercentagePoints"/> holds a difference of two fractions (0.012 is
/// 1.2 percentage points). Machine outputs (CSV, JSON) always carry the stored value.
/// </para>
/// </remarks>
public enum ReportColumnKind
{
    /// <summary>Text, such as an office name or a need category.</summary>
    Text = 0,

    /// <summary>A whole number such as a count of persons; shown with a thousands separator.</summary>
    WholeNumber = 1,

    /// <summary>A number shown with the column's number of decimals.</summary>
    Number = 2,

    /// <summary>A fraction shown as a percent with one decimal (0.452 is shown as 45.2 %).</summary>
    Percent = 3,

    /// <summary>A fraction shown as a decimal number with three decimals (0.452).</summary>
    Share = 4,

    /// <summary>Hours, such as average weekly working hours; shown with one decimal.</summary>
    Hours = 5,

    /// <summary>A difference of two fractions, such as a contribution to a share, shown in percentage points with one
    /// decimal (0.012 is shown as 1.2 pp). Machine outputs carry the stored difference (0.012).</summary>
    PercentagePoints = 6,
}
