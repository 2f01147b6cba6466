using Indikator.Core.Data;

namespace Indikator.Core.Tests.Outcomes;

/// <summary>
/// The definitions written out literally with a dictionary of (person, month) totals, to check the fast
/// kernel against. Hours are summed in record order, so compare exactly only when sums are exact.
/// </summary>
internal static class ReferenceWorkVolume
{
    public static double[] AverageHours(PersonMonthPanel stock, EmploymentRecords jobs, int horizon, YearMonth lastComplete, double? cap)
    {
        var totals = Totals(jobs);
        var keys = stock.PersonKeys.Span;
        var periods = stock.Periods.Span;
        var result = new double[stock.RowCount];
        for (var row = 0; row < result.Length; row++)
        {
            if (periods[row].AddMonths(horizon) > lastComplete)
            {
                result[row] = double.NaN;
                continue;
            }

            var sum = 0.0;
            for (var h = 1; h <= horizon; h++)
            {
                sum += Capped(totals, keys[row], periods[row].AddMonths(h), cap);
            }

            result[row] = sum / horizon;
        }

        return result;
    }

    public static double[] InWork(PersonMonthPanel stock, EmploymentRecords jobs, int horizon, YearMonth lastComplete, double? cap, double threshold)
    {
        var totals = Totals(jobs);
        var keys = stock.PersonKeys.Span;
        var periods = stock.Periods.Span;
        var result = new double[stock.RowCount];
        for (var row = 0; row < result.Length; row++)
        {
            var target = periods[row].AddMonths(horizon);
            result[row] = target > lastComplete
                ? double.NaN
                : Capped(totals, keys[row], target, cap) > threshold ? 1 : 0;
        }

        return result;
    }

    private static double Capped(Dictionary<(long, int), double> totals, long person, YearMonth month, double? cap)
    {
        var total = totals.GetValueOrDefault((person, month.Index));
        return cap is { } c ? Math.Min(total, c) : total;
    }

    private static Dictionary<(long, int), double> Totals(EmploymentRecords jobs)
    {
        var totals = new Dictionary<(long, int), double>();
        var keys = jobs.PersonKeys.Span;
        var months = jobs.Months.Span;
        var hours = jobs.WeeklyHours.Span;
        for (var r = 0; r < jobs.Count; r++)
        {
            var key = (keys[r], months[r].Index);
            totals[key] = totals.GetValueOrDefault(key) + hours[r];
        }

        return totals;
    }
}
