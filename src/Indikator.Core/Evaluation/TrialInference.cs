using MathNet.Numerics.Distributions;
using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Evaluation;

/// <summary>Turns a coefficient, or a fixed linear combination of coefficients, of a trial fit into a <see cref="TrialEffect"/>.</summary>
internal static class TrialInference
{
    public static int IndexOf(LinearModelResult fit, string name)
    {
        var index = -1;
        for (var i = 0; i < fit.CoefficientNames.Count; i++)
        {
            if (fit.CoefficientNames[i] == name)
            {
                index = i;
            }
        }

        return index;
    }

    /// <summary>w'b and w'Vw for coefficients by name (all must be kept), with t inference on the fit's degrees of freedom.</summary>
    public static (double Estimate, double Variance) Combination(LinearModelResult fit, IReadOnlyList<(string Name, double Weight)> terms)
    {
        var index = terms.Select(t => IndexOf(fit, t.Name)).ToArray();
        double estimate = 0, variance = 0;
        for (var a = 0; a < index.Length; a++)
        {
            estimate += terms[a].Weight * fit.Estimates[index[a]];
            for (var b = 0; b < index.Length; b++)
            {
                variance += terms[a].Weight * terms[b].Weight * fit.CovarianceAt(index[a], index[b]);
            }
        }

        return (estimate, variance);
    }

    public static double Quantile(LinearModelResult fit, double level)
        => fit.InferenceDegreesOfFreedom > 0 ? StudentT.InvCDF(0, 1, fit.InferenceDegreesOfFreedom, 1 - ((1 - level) / 2)) : double.NaN;

    public static TrialEffect Effect(LinearModelResult fit, string coefficient, string method, double level, WildBootstrapResult? bootstrap)
    {
        var i = IndexOf(fit, coefficient);
        if (i < 0)
        {
            throw new InvalidOperationException($"The trial effect '{coefficient}' is not identified: it is collinear with the office and month effects (does every trial office have person-months before and after its start?).");
        }

        var estimate = fit.Estimates[i];
        var se = fit.StandardErrors[i];
        var q = Quantile(fit, level);
        var dof = fit.InferenceDegreesOfFreedom;
        var p = se > 0 && dof > 0 ? 2 * StudentT.CDF(0, 1, dof, -Math.Abs(estimate / se)) : double.NaN;
        return new TrialEffect(method, estimate, se, estimate - (q * se), estimate + (q * se), p, dof, fit.CovarianceDescription, fit.ObservationCount)
        {
            Bootstrap = bootstrap,
        };
    }

    /// <summary>A t interval and p-value from a given estimate, standard error and (possibly fractional) degrees of freedom.</summary>
    public static TrialEffect Effect(string method, double estimate, double se, double dof, string covariance, int personMonths, double level, WildBootstrapResult? bootstrap)
    {
        var ok = dof > 0 && double.IsFinite(dof);
        var q = ok ? StudentT.InvCDF(0, 1, dof, 1 - ((1 - level) / 2)) : double.NaN;
        var p = se > 0 && ok ? 2 * StudentT.CDF(0, 1, dof, -Math.Abs(estimate / se)) : double.NaN;
        return new TrialEffect(method, estimate, se, estimate - (q * se), estimate + (q * se), p, dof, covariance, personMonths)
        {
            Bootstrap = bootstrap,
        };
    }

    /// <summary>The description of the pooled effects' covariance.</summary>
    public const string PooledCovariance = "CR2 (Bell-McCaffrey bias-reduced) cluster-robust by office; t with Bell-McCaffrey (Imbens-Kolesar) degrees of freedom";

    /// <summary>The cell fit of the regressors the person-month fit kept, in its order, for CR2 inference on it.</summary>
    public static CellRegression Cells(LinearModelResult fit, TrialSample sample, int[] rows, IEnumerable<(string Name, double[] Values)> columns)
    {
        var byName = columns.ToDictionary(c => c.Name, c => c.Values, StringComparer.Ordinal);
        return CellRegression.Build(sample, rows, [.. fit.CoefficientNames.Select(n => byName[n])]);
    }

    /// <summary>The contrast of the cell fit for a weighted sum of the person-month fit's coefficients by name.</summary>
    public static MathNet.Numerics.LinearAlgebra.Vector<double> Contrast(LinearModelResult fit, CellRegression cells, IEnumerable<(string Name, double Weight)> terms)
    {
        var c = MathNet.Numerics.LinearAlgebra.Vector<double>.Build.Dense(cells.Coefficients.Count);
        foreach (var (name, weight) in terms)
        {
            c += weight * cells.Regressor(IndexOf(fit, name));
        }

        return c;
    }

    /// <summary>A pooled effect: the person-month fit's estimate, with the CR2 standard error clustered by office and
    /// the Bell-McCaffrey degrees of freedom from the cell fit (docs/evaluation.md, "Inference for the pooled effects").</summary>
    public static TrialEffect PooledEffect(LinearModelResult fit, CellRegression cells, string coefficient, string method, double level, WildBootstrapResult? bootstrap)
    {
        var i = IndexOf(fit, coefficient);
        if (i < 0)
        {
            throw new InvalidOperationException($"The trial effect '{coefficient}' is not identified: it is collinear with the office and month effects (does every trial office have person-months before and after its start?).");
        }

        var (_, se, dof) = cells.Cr2(cells.Regressor(i), c => cells.CellOffice[c]);
        return Effect(method, fit.Estimates[i], se, dof, PooledCovariance, fit.ObservationCount, level, bootstrap);
    }

    public static WildBootstrapResult Bootstrap(LinearModelResult fit, string coefficient, TrialSpec spec, CancellationToken cancellationToken)
        => fit.WildClusterBootstrap(
            new WildBootstrapSpec(coefficient, TrialSample.OfficeColumn)
            {
                Replications = spec.BootstrapReplications,
                Seed = spec.Seed,
                ConfidenceLevel = spec.ConfidenceLevel,
                MaxDegreeOfParallelism = spec.MaxDegreeOfParallelism,
            },
            cancellationToken);
}
