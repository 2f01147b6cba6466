using System.Globalization;
using System.Text;

namespace Indikator.Core.RiskAdjustment;

public sealed partial class LinearModelResult
{
    /// <summary>Formats a coefficient table with fit statistics, like fixest's and statsmodels' summaries.</summary>
    /// <returns>A multi-line text in invariant culture.</returns>
    public string Summary()
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        var frame = _state.Frame;
        sb.Append(c, $"Linear model: {frame.Sample.UsedRows} observations");
        if (frame.FixedEffectNames.Length > 0)
        {
            sb.Append(c, $", fixed effects: {string.Join(" + ", frame.FixedEffectNames.Select((f, i) => $"{f} ({frame.FixedEffectLevels[i].Length})"))}");
        }

        sb.AppendLine();
        sb.AppendLine(c, $"Standard errors: {Covariance.Description}");
        var width = Math.Max(12, _fit.Names.Length == 0 ? 0 : _fit.Names.Max(n => n.Length) + 2);
        sb.AppendLine(c, $"{"".PadRight(width)}{"Estimate",14}{"Std. Error",14}{"t value",10}{"Pr(>|t|)",12}");
        foreach (var coefficient in Coefficients)
        {
            sb.AppendLine(c, $"{coefficient.Name.PadRight(width)}{coefficient.Estimate,14:G6}{coefficient.StandardError,14:G6}{coefficient.TStatistic,10:F3}{coefficient.PValue,12:G3}");
        }

        foreach (var d in Dropped)
        {
            sb.AppendLine(c, $"{d.Name.PadRight(width)}dropped: {d.Reason}");
        }

        sb.Append(c, $"RMSE: {Rmse:G6}   Sigma: {Sigma:G6}   R2: {RSquared:G6}   Adj. R2: {AdjustedRSquared:G6}");
        if (WithinRSquared is { } within)
        {
            sb.Append(c, $"   Within R2: {within:G6}");
        }

        sb.AppendLine();
        if (_fit.Tss == 0)
        {
            sb.AppendLine("Note: the outcome is constant in the rows used (total sum of squares 0): R2 is undefined (NaN), the fit is exact, residual variance and standard errors are 0, and t statistics and p-values are undefined (NaN).");
        }
        else if (_fit.Ssr == 0)
        {
            sb.AppendLine("Note: the fit is exact (residual sum of squares 0): standard errors are 0, and t statistics and p-values are undefined (NaN).");
        }

        if (!Absorption.Converged)
        {
            sb.AppendLine(c, $"Warning: the fixed-effect projection did not converge in {Absorption.Iterations} iterations; estimates and standard errors may be inaccurate (FitOptions.RequireConvergence makes this an error).");
        }

        sb.AppendLine(c, $"t distribution with {InferenceDegreesOfFreedom:G6} degrees of freedom; {Absorption.Method} absorption, {Solver} solver, condition {ConditionNumber:G3}");
        if (frame.Sample.MissingRows + frame.Sample.ZeroWeightRows + frame.Sample.SingletonRows > 0)
        {
            sb.AppendLine(c, $"Rows removed: {frame.Sample.MissingRows} missing, {frame.Sample.ZeroWeightRows} zero weight; singletons: {frame.Sample.SingletonRows} ({(frame.Sample.SingletonsDropped ? "removed" : "kept")})");
        }

        return sb.ToString();
    }

    /// <inheritdoc cref="Summary"/>
    public override string ToString() => Summary();
}
