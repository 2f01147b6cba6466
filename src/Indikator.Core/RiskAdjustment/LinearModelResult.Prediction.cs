using Indikator.Core.Data;
using Indikator.Core.Internal;

namespace Indikator.Core.RiskAdjustment;

public sealed partial class LinearModelResult
{
    /// <summary>Predicts the outcome for new rows: x'b, plus the fixed-effect values of the row's levels when asked.</summary>
    /// <param name="newData">Rows with the model's numeric covariates and categorical columns (fixed-effect columns only
    /// when <paramref name="includeFixedEffects"/> is true).</param>
    /// <param name="includeFixedEffects">Whether to add the estimated fixed effects.</param>
    /// <returns>One prediction per row; NaN where a used value is missing or a level was not seen in the fit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="newData"/> is null.</exception>
    /// <exception cref="ArgumentException">A needed column is absent.</exception>
    public double[] Predict(IColumnSource newData, bool includeFixedEffects = true)
    {
        Guard.NotNull(newData);
        var n = newData.RowCount;
        var prediction = new double[n];
        var frame = _state.Frame;
        for (var i = 0; i < Rank; i++)
        {
            var j = _state.Kept[i];
            var b = _fit.Estimates[i];
            if (frame.Design[j].IsConstant)
            {
                for (var r = 0; r < n; r++)
                {
                    prediction[r] += b;
                }
            }
            else if (frame.Indicators[j] is { } indicator)
            {
                var column = RequireCategorical(newData, indicator.Column);
                var codes = column.Codes.Span;
                var code = column.CodeOf(indicator.Level);
                for (var r = 0; r < n; r++)
                {
                    if (codes[r] == CategoricalColumn.MissingCode)
                    {
                        prediction[r] = double.NaN;
                    }
                    else if (codes[r] == code)
                    {
                        prediction[r] += b;
                    }
                }
            }
            else
            {
                var name = frame.DesignNames[j];
                if (!newData.TryGetNumeric(name, out var column))
                {
                    throw new ArgumentException($"The new data have no numeric column '{name}'.", nameof(newData));
                }

                var x = column.Values.Span;
                for (var r = 0; r < n; r++)
                {
                    prediction[r] += b * x[r];
                }
            }
        }

        CheckUnseenLevels(newData, prediction);
        if (includeFixedEffects)
        {
            foreach (var fe in _fixedEffects)
            {
                var column = RequireCategorical(newData, fe.Name);
                var map = column.Levels.Select(l => fe.TryGetValue(l, out var v) ? v : double.NaN).ToArray();
                var codes = column.Codes.Span;
                for (var r = 0; r < n; r++)
                {
                    prediction[r] += codes[r] == CategoricalColumn.MissingCode ? double.NaN : map[codes[r]];
                }
            }
        }

        return prediction;
    }

    /// <summary>Rows whose level of a categorical covariate has no coefficient and is not the reference get NaN.</summary>
    private void CheckUnseenLevels(IColumnSource newData, double[] prediction)
    {
        var frame = _state.Frame;
        foreach (var (name, reference) in frame.ReferenceLevels)
        {
            var column = RequireCategorical(newData, name);
            var known = new HashSet<string>(StringComparer.Ordinal) { reference };
            foreach (var indicator in frame.Indicators)
            {
                if (indicator is { } ind && ind.Column == name)
                {
                    known.Add(ind.Level);
                }
            }

            var codes = column.Codes.Span;
            for (var r = 0; r < prediction.Length; r++)
            {
                if (codes[r] >= 0 && !known.Contains(column.Levels[codes[r]]))
                {
                    prediction[r] = double.NaN;
                }
            }
        }
    }

    private static CategoricalColumn RequireCategorical(IColumnSource data, string name)
        => data.TryGetCategorical(name, out var column)
            ? column
            : throw new ArgumentException($"The new data have no categorical column '{name}'.", nameof(data));
}
