using Indikator.Core.Outcomes;

namespace Indikator.Core.PushDown;

/// <summary>A stock query and an employment query in the same database, read by <see cref="WorkVolumeSql"/>.</summary>
/// <param name="StockQuery">The query whose rows are the stock's person-months.</param>
/// <param name="PersonKey">The stock's person key column (an integer, or text holding one).</param>
/// <param name="Period">The stock's measurement month column: a date, or text <c>yyyy-MM</c>.</param>
/// <param name="Columns">The stock columns to carry, each as (column of the query, name in the derived query).</param>
/// <param name="EmploymentQuery">The query whose rows are employment records (one per job and month).</param>
/// <param name="EmploymentPersonKey">The employment records' person key column.</param>
/// <param name="EmploymentMonth">The employment records' month column: a date, or text <c>yyyy-MM</c>.</param>
/// <param name="WeeklyHours">The employment records' weekly hours column.</param>
/// <param name="Volume">The outcomes, threshold, cap and last complete month, as for <see cref="WorkVolume"/>.</param>
internal sealed record WorkVolumeSource(
    string StockQuery,
    string PersonKey,
    string Period,
    IReadOnlyList<(string Column, string Name)> Columns,
    string EmploymentQuery,
    string EmploymentPersonKey,
    string EmploymentMonth,
    string WeeklyHours,
    WorkVolumeOptions Volume);
