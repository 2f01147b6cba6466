using System.Diagnostics;
using System.Runtime.CompilerServices;
using Indikator.Core.Data;
using Indikator.Core.Internal;
using Indikator.Core.Numerics;

namespace Indikator.Core.RiskAdjustment;

/// <summary>Fits linear models with absorbed fixed effects: the entry point of the risk-adjustment engine.</summary>
/// <remarks>
/// <para>The fit (1) removes rows with missing values or zero weight (and singletons if asked), (2) projects the
/// fixed effects out of every column (closed form for one, an exact Schur-complement solve for two, accelerated
/// alternating projections for more), (3) solves the least-squares problem on the demeaned design with scaled
/// Householder QR or scaled normal equations, dropping collinear columns, and (4) computes residuals, fixed-effect
/// values and the requested covariance. Method, formulas and references: docs/risk-adjustment.md.</para>
/// <para>Results are bit-identical for any <see cref="FitOptions.MaxDegreeOfParallelism"/>: rows are cut into fixed
/// blocks and partial sums merged in a fixed order.</para>
/// <para>This type is stateless and thread safe.</para>
/// </remarks>
public static class LinearModel
{
    private const long QrCellLimit = 4_000_000;
    private const double ConditionLimit = 1_000_000;

    // Three steps of the augmented-system refinement bring the NIST higher-difficulty problems (Wampler5) to 7 digits.
    private const int QrRefinementSteps = 3;

    /// <summary>Fits a linear model.</summary>
    /// <param name="data">The data: a <see cref="ColumnTable"/>, a <see cref="PersonMonthPanel"/> or any column source.</param>
    /// <param name="spec">The model.</param>
    /// <param name="options">Options, or null for <see cref="FitOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the fit. The result does not keep it: later covariances, bootstraps
    /// and fixed-effect errors take their own.</param>
    /// <returns>The immutable result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="spec"/> is null.</exception>
    /// <exception cref="ArgumentException">A named column does not exist or has the wrong kind, no row is left, an
    /// option is out of range, or the covariance cannot be computed for this model (for example a cluster column with
    /// fewer than two clusters in the rows used: the fit fails here rather than return a result that cannot give
    /// standard errors).</exception>
    /// <exception cref="NonFiniteValueException">A used column holds an infinite value.</exception>
    /// <exception cref="Data.InputDataException">A weight is negative, or a used value is too large in absolute value
    /// (above about 1e150) for sums of squares in double precision; the exception names the column and the row.</exception>
    /// <exception cref="FitNotConvergedException">The fixed-effect projection did not converge and
    /// <see cref="FitOptions.RequireConvergence"/> is set.</exception>
    /// <exception cref="OperationCanceledException">The fit was cancelled.</exception>
    public static LinearModelResult Fit(IColumnSource data, LinearModelSpec spec, FitOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(data);
        Guard.NotNull(spec);
        options ??= FitOptions.Default;
        Validate(spec, options);
        var clock = Stopwatch.StartNew();
        Report(options, FitStage.Preparing, clock);
        var covariance = options.Covariance
            ?? (spec.FixedEffects.Count > 0 ? CovarianceSpec.Cluster(spec.FixedEffects[0]) : CovarianceSpec.Iid());
        var frame = ModelFrame.Build(data, spec, options, covariance.Clusters);
        FitLog.LogPrepared(options.Logger, frame.Sample);
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism,
            CancellationToken = cancellationToken,
        };

        Report(options, FitStage.Absorbing, clock);
        var absorbed = Absorber.Absorb(frame, options, parallel);
        FitLog.LogAbsorbed(options.Logger, absorbed.Summary, clock.Elapsed.TotalMilliseconds);
        CheckConvergence(absorbed.Summary, options);
        cancellationToken.ThrowIfCancellationRequested();

        Report(options, FitStage.Solving, clock);
        var solved = Solve(frame, absorbed, options, parallel);
        FitLog.LogSolved(options.Logger, solved.Solver, solved.Kept.Length, solved.Dropped.Count, clock.Elapsed.TotalMilliseconds);
        cancellationToken.ThrowIfCancellationRequested();

        Report(options, FitStage.Inference, clock);
        var result = Finish(frame, absorbed, solved, covariance, parallel);
        Report(options, FitStage.Done, clock);
        FitLog.LogFinished(options.Logger, clock.Elapsed.TotalMilliseconds);
        return result;
    }

    /// <summary>
    /// Fits the same model to several outcomes. Outcomes whose missing values fall in the same rows share one frame,
    /// one absorption of the fixed effects and one cross-product of the design; each gets its own solve, residuals and
    /// covariance. The results equal those of <see cref="Fit"/> per outcome to rounding (the shared cross-product sums
    /// the same products; a test bounds the difference).
    /// </summary>
    /// <remarks>The results do not keep the cluster score sums of the fit's residual pass (their size is clusters x
    /// coefficients per outcome); a later covariance recomputes them.</remarks>
    internal static LinearModelResult[] FitMany(IColumnSource data, LinearModelSpec spec, IReadOnlyList<string> outcomes, FitOptions options, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(data);
        Guard.NotNull(spec);
        Validate(spec, options);
        var covariance = options.Covariance
            ?? (spec.FixedEffects.Count > 0 ? CovarianceSpec.Cluster(spec.FixedEffects[0]) : CovarianceSpec.Iid());
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism,
            CancellationToken = cancellationToken,
        };
        var results = new LinearModelResult[outcomes.Count];
        foreach (var group in SameMissingRows(data, outcomes))
        {
            var first = ModelFrame.Build(data, spec with { Outcome = outcomes[group[0]] }, options, covariance.Clusters);
            FitLog.LogPrepared(options.Logger, first.Sample);
            var frames = group.Select(o => o == group[0] ? first : first.WithOutcome(OutcomeColumn(data, outcomes[o]))).ToArray();
            var all = Absorber.AbsorbMany(first, [.. frames.Select(f => f.Outcome)], options, parallel);
            CheckConvergence(all.Summary, options);
            var p = first.Design.Length;
            var m = p + 1;
            var shared = UseQr(options, first.Rows, m) ? null : BlockGram.Compute(all.Design, first.Weights, parallel);
            var absorbed = new Absorber.Result[group.Length];
            var solved = new Solved[group.Length];
            for (var g = 0; g < group.Length; g++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                absorbed[g] = Absorber.Select(all, p, g);
                solved[g] = Solve(frames[g], absorbed[g], options, parallel, shared is null ? null : OutcomeGram(shared, p, group.Length, g));
            }

            var (clusterCodes, clusterCount) = OneWayClusters(first, covariance);
            var kept = solved[0].Kept;
            var sums = solved.All(s => s.Kept.AsSpan().SequenceEqual(kept))
                ? ResidualPass.Run(all.Design, p, [.. solved.Select(s => s.Coefficients)], kept, first.Weights, clusterCodes, clusterCount, parallel)
                : [.. solved.Select((s, g) => ResidualPass.Run(absorbed[g].Design, p, [s.Coefficients], s.Kept, first.Weights, clusterCodes, clusterCount, parallel)[0])];
            for (var g = 0; g < group.Length; g++)
            {
                results[group[g]] = Complete(frames[g], absorbed[g], solved[g], covariance, parallel, sums[g], (clusterCodes, clusterCount));
            }
        }

        return results;
    }

    /// <summary>Groups the outcomes (by index, in order of first appearance) whose missing (NaN) values are in the same rows.</summary>
    internal static List<int[]> SameMissingRows(IColumnSource data, IReadOnlyList<string> outcomes)
    {
        var values = outcomes.Select(o => OutcomeColumn(data, o).Array).ToArray();
        var groups = new List<List<int>>();
        for (var o = 0; o < values.Length; o++)
        {
            var home = groups.FirstOrDefault(g => SameMissing(values[g[0]], values[o]));
            if (home is null)
            {
                groups.Add([o]);
            }
            else
            {
                home.Add(o);
            }
        }

        return [.. groups.Select(g => g.ToArray())];
    }

    private static bool SameMissing(double[] a, double[] b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            if (double.IsNaN(a[i]) != double.IsNaN(b[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static NumericColumn OutcomeColumn(IColumnSource data, string name)
        => data.TryGetNumeric(name, out var column) ? column : throw new ArgumentException($"The data have no numeric column '{name}'.", nameof(data));

    /// <summary>The (p + 1) x (p + 1) cross-product of the design and outcome <paramref name="outcome"/> out of the shared one of the design and all outcomes.</summary>
    private static double[] OutcomeGram(double[] shared, int p, int outcomes, int outcome)
    {
        var total = p + outcomes;
        var m = p + 1;
        var gram = new double[m * m];
        for (var i = 0; i < m; i++)
        {
            var si = i < p ? i : p + outcome;
            for (var j = 0; j < m; j++)
            {
                var sj = j < p ? j : p + outcome;
                gram[(i * m) + j] = shared[(si * total) + sj];
            }
        }

        return gram;
    }

    private static bool UseQr(FitOptions options, int rows, int columns)
        => options.Solver == LeastSquaresSolver.Qr
            || (options.Solver == LeastSquaresSolver.Auto && (long)rows * columns <= QrCellLimit);

    private static void Validate(LinearModelSpec spec, FitOptions options)
    {
        spec.ThrowIfIncomplete();
        if (!(options.Tolerance > 0 && options.Tolerance < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Tolerance, "Tolerance must be in (0, 1).");
        }

        if (!(options.CollinearityTolerance > 0 && options.CollinearityTolerance < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.CollinearityTolerance, "CollinearityTolerance must be in (0, 1).");
        }

        if (!Enum.IsDefined(options.Absorption))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Absorption, "Absorption is not a defined AbsorptionStrategy.");
        }

        if (options.MaxIterations <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxIterations, "MaxIterations must be positive.");
        }

        if (options.MaxDegreeOfParallelism == 0 || options.MaxDegreeOfParallelism < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxDegreeOfParallelism, "MaxDegreeOfParallelism must be -1 or positive.");
        }
    }

    /// <summary>Non-convergence is a fact in the result (<see cref="AbsorptionSummary.Converged"/>, the summary's note); it is
    /// also logged as a warning, and an error when the caller asks for it.</summary>
    private static void CheckConvergence(AbsorptionSummary summary, FitOptions options)
    {
        if (summary.Converged)
        {
            return;
        }

        FitLog.LogNotConverged(options.Logger, summary.Method, summary.Iterations, options.Tolerance);
        if (options.RequireConvergence)
        {
            throw new FitNotConvergedException(summary.Iterations, options.Tolerance);
        }
    }

    private static void Report(FitOptions options, FitStage stage, Stopwatch clock)
        => options.Progress?.Report(new FitProgress(stage, clock.Elapsed));

    private sealed record Solved(
        int[] Kept, double[] Coefficients, double[] Bread, List<DroppedCoefficient> Dropped, double Condition, LeastSquaresSolver Solver);

    private static Solved Solve(ModelFrame frame, Absorber.Result absorbed, FitOptions options, ParallelOptions parallel, double[]? sharedGram = null)
    {
        var design = absorbed.Design;
        var m = design.Columns;
        var p = m - 1;
        var n = frame.Rows;
        var tol = options.CollinearityTolerance;
        if (!UseQr(options, n, m))
        {
            var gram = sharedGram ?? BlockGram.Compute(design, frame.Weights, parallel);
            var dropped = new List<DroppedCoefficient>();
            var candidates = new List<int>();
            for (var j = 0; j < p; j++)
            {
                var reason = AbsorbedAway(frame, absorbed, j, gram[(j * m) + j]);
                if (reason is { } r)
                {
                    dropped.Add(new DroppedCoefficient(frame.DesignNames[j], r));
                }
                else
                {
                    candidates.Add(j);
                }
            }

            var solved = GramSolver.Solve(gram, m, candidates, tol, ConditionLimit, (b, kept) => ResidualCrossProduct(frame, design, b, kept, parallel));
            if (solved is not null)
            {
                foreach (var j in solved.Collinear)
                {
                    dropped.Add(new DroppedCoefficient(frame.DesignNames[j], gram[(j * m) + j] == 0 ? DropReason.ZeroColumn : DropReason.CollinearWithCovariates));
                }

                return new Solved(solved.Kept, solved.Coefficients, solved.Bread, SortDropped(dropped, frame), solved.Condition, LeastSquaresSolver.NormalEquations);
            }
        }

        return SolveQr(frame, absorbed, tol, parallel);
    }

    private static Solved SolveQr(ModelFrame frame, Absorber.Result absorbed, double tol, ParallelOptions parallel)
    {
        var design = absorbed.Design;
        var m = design.Columns;
        var p = m - 1;
        var n = frame.Rows;
        var columns = new double[m][];
        for (var j = 0; j < m; j++)
        {
            columns[j] = new double[n];
        }

        var chunks = (n + BlockGram.ChunkRows - 1) / BlockGram.ChunkRows;
        Parallel.For(0, chunks, parallel, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (chunk) =>
        {
            var buffer = new double[m * BlockGram.BlockRows];
            var end = Math.Min(n, (chunk + 1) * BlockGram.ChunkRows);
            for (var start = chunk * BlockGram.ChunkRows; start < end; start += BlockGram.BlockRows)
            {
                var count = Math.Min(BlockGram.BlockRows, end - start);
                design.Fill(start, count, buffer.AsSpan(0, m * count));
                for (var j = 0; j < m; j++)
                {
                    var dst = columns[j].AsSpan(start, count);
                    buffer.AsSpan(j * count, count).CopyTo(dst);
                    if (frame.Weights is { } w)
                    {
                        for (var r = 0; r < count; r++)
                        {
                            dst[r] *= Math.Sqrt(w[start + r]);
                        }
                    }
                }
            }
        });

        var dropped = new List<DroppedCoefficient>();
        var candidates = new List<int>();
        for (var j = 0; j < p; j++)
        {
            var reason = AbsorbedAway(frame, absorbed, j, DenseKernels.Dot(columns[j], columns[j]));
            if (reason is { } r)
            {
                dropped.Add(new DroppedCoefficient(frame.DesignNames[j], r));
            }
            else
            {
                candidates.Add(j);
            }
        }

        var yw = columns[p];
        var qr = HouseholderQr.Factor([.. candidates.Select(j => columns[j])], Math.Sqrt(tol));
        var local = qr.Solve(yw);
        var coefficients = new double[p];
        for (var i = 0; i < candidates.Count; i++)
        {
            coefficients[candidates[i]] = local[i];
        }

        // Iterative refinement of residuals and coefficients together (the augmented system, Björck 1967), with the
        // same factors: b - r - A x and -A' r are recomputed from the data each step. It recovers the digits the scaled
        // QR loses on nearly exact fits (Wampler1) and, unlike refining the coefficients alone, on fits with large
        // residuals too (Wampler5); each step costs two passes over the design.
        var residuals = WeightedResiduals(frame, design, coefficients, parallel);
        var candidateArray = candidates.ToArray();
        for (var step = 0; step < QrRefinementSteps; step++)
        {
            var f = WeightedResiduals(frame, design, coefficients, parallel);
            for (var i = 0; i < f.Length; i++)
            {
                f[i] -= residuals[i];
            }

            var g = WeightedCrossProduct(frame, design, residuals, candidateArray, parallel);
            for (var i = 0; i < g.Length; i++)
            {
                g[i] = -g[i];
            }

            var (dx, dr) = qr.SolveAugmented(f, g);
            for (var i = 0; i < candidates.Count; i++)
            {
                coefficients[candidates[i]] += dx[i];
            }

            for (var i = 0; i < residuals.Length; i++)
            {
                residuals[i] += dr[i];
            }
        }

        var kept = new int[qr.Kept.Length];
        for (var i = 0; i < kept.Length; i++)
        {
            kept[i] = candidates[qr.Kept[i]];
        }

        for (var i = 0; i < candidates.Count; i++)
        {
            if (qr.Dropped[i])
            {
                var zero = DenseKernels.Dot(columns[candidates[i]], columns[candidates[i]]) == 0;
                dropped.Add(new DroppedCoefficient(frame.DesignNames[candidates[i]], zero ? DropReason.ZeroColumn : DropReason.CollinearWithCovariates));
            }
        }

        return new Solved(kept, coefficients, qr.Bread, SortDropped(dropped, frame), qr.Condition, LeastSquaresSolver.Qr);
    }

    /// <summary>X~'W(y~ - X~b) over the kept columns, per fixed chunk, merged in chunk order.</summary>
    private static double[] ResidualCrossProduct(ModelFrame frame, DesignSource design, double[] b, int[] kept, ParallelOptions parallel)
    {
        var n = frame.Rows;
        var m = design.Columns;
        var p = m - 1;
        var k = kept.Length;
        var chunks = (n + BlockGram.ChunkRows - 1) / BlockGram.ChunkRows;
        var partial = new double[chunks][];
        Parallel.For(0, chunks, parallel, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (chunk) =>
        {
            var buffer = new double[m * BlockGram.BlockRows];
            var e = new double[BlockGram.BlockRows];
            var acc = new double[k];
            var end = Math.Min(n, (chunk + 1) * BlockGram.ChunkRows);
            for (var start = chunk * BlockGram.ChunkRows; start < end; start += BlockGram.BlockRows)
            {
                var count = Math.Min(BlockGram.BlockRows, end - start);
                design.Fill(start, count, buffer.AsSpan(0, m * count));
                var r = e.AsSpan(0, count);
                buffer.AsSpan(p * count, count).CopyTo(r);
                foreach (var j in kept)
                {
                    DenseKernels.SubtractScaled(r, b[j], buffer.AsSpan(j * count, count));
                }

                if (frame.Weights is { } w)
                {
                    DenseKernels.MultiplyInPlace(r, w.AsSpan(start, count));
                }

                for (var i = 0; i < k; i++)
                {
                    acc[i] += DenseKernels.Dot(r, buffer.AsSpan(kept[i] * count, count));
                }
            }

            partial[chunk] = acc;
        });

        var result = new double[k];
        foreach (var part in partial)
        {
            for (var i = 0; i < k; i++)
            {
                result[i] += part[i];
            }
        }

        return result;
    }

    /// <summary>sum_i x~_ij sqrt(w_i) v_i for the given columns j: A'v with A the weighted design, per fixed chunk,
    /// merged in chunk order, in compensated arithmetic as <see cref="WeightedResiduals"/> (the sums cancel to nearly zero
    /// at the least-squares solution, so plain double would leave only rounding noise).</summary>
    private static double[] WeightedCrossProduct(ModelFrame frame, DesignSource design, double[] v, int[] columns, ParallelOptions parallel)
    {
        var n = frame.Rows;
        var m = design.Columns;
        var k = columns.Length;
        var chunks = (n + BlockGram.ChunkRows - 1) / BlockGram.ChunkRows;
        var partial = new double[chunks][];
        Parallel.For(0, chunks, parallel, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (chunk) =>
        {
            var buffer = new double[m * BlockGram.BlockRows];
            var scaled = new double[BlockGram.BlockRows];
            var acc = new double[k];
            var accError = new double[k];
            var end = Math.Min(n, (chunk + 1) * BlockGram.ChunkRows);
            for (var start = chunk * BlockGram.ChunkRows; start < end; start += BlockGram.BlockRows)
            {
                var count = Math.Min(BlockGram.BlockRows, end - start);
                design.Fill(start, count, buffer.AsSpan(0, m * count));
                var s = scaled.AsSpan(0, count);
                v.AsSpan(start, count).CopyTo(s);
                if (frame.Weights is { } w)
                {
                    for (var r = 0; r < count; r++)
                    {
                        s[r] *= Math.Sqrt(w[start + r]);
                    }
                }

                for (var i = 0; i < k; i++)
                {
                    var x = buffer.AsSpan(columns[i] * count, count);
                    var sum = acc[i];
                    var error = accError[i];
                    for (var r = 0; r < count; r++)
                    {
                        var product = x[r] * s[r];
                        error += Math.FusedMultiplyAdd(x[r], s[r], -product);
                        var t = sum + product;
                        var z = t - sum;
                        error += (sum - (t - z)) + (product - z);
                        sum = t;
                    }

                    acc[i] = sum;
                    accError[i] = error;
                }
            }

            for (var i = 0; i < k; i++)
            {
                acc[i] += accError[i];
            }

            partial[chunk] = acc;
        });

        var result = new double[k];
        foreach (var part in partial)
        {
            for (var i = 0; i < k; i++)
            {
                result[i] += part[i];
            }
        }

        return result;
    }

    /// <summary>sqrt(w_i) (y~_i - x~_i'b), recomputed from the design source in compensated arithmetic: each product's
    /// rounding error (by fused multiply-add) and each subtraction's (Knuth's TwoSum) are summed apart and added at the
    /// end, so a residual is as accurate as if computed in twice the precision (Ogita, Rump and Oishi 2005). Refinement
    /// can only be as accurate as the residuals it is given; with large residuals (Wampler5) plain double is not enough.</summary>
    private static double[] WeightedResiduals(ModelFrame frame, DesignSource design, double[] b, ParallelOptions parallel)
    {
        var n = frame.Rows;
        var m = design.Columns;
        var p = m - 1;
        var result = new double[n];
        var chunks = (n + BlockGram.ChunkRows - 1) / BlockGram.ChunkRows;
        Parallel.For(0, chunks, parallel, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (chunk) =>
        {
            var buffer = new double[m * BlockGram.BlockRows];
            var compensation = new double[BlockGram.BlockRows];
            var end = Math.Min(n, (chunk + 1) * BlockGram.ChunkRows);
            for (var start = chunk * BlockGram.ChunkRows; start < end; start += BlockGram.BlockRows)
            {
                var count = Math.Min(BlockGram.BlockRows, end - start);
                design.Fill(start, count, buffer.AsSpan(0, m * count));
                var e = result.AsSpan(start, count);
                buffer.AsSpan(p * count, count).CopyTo(e);
                var err = compensation.AsSpan(0, count);
                err.Clear();
                for (var j = 0; j < p; j++)
                {
                    var bj = b[j];
                    if (bj == 0)
                    {
                        continue;
                    }

                    var x = buffer.AsSpan(j * count, count);
                    for (var r = 0; r < count; r++)
                    {
                        var product = bj * x[r];
                        var productError = Math.FusedMultiplyAdd(bj, x[r], -product);
                        var a = e[r];
                        var s = a - product;
                        var z = s - a;
                        err[r] += ((a - (s - z)) + (-product - z)) - productError;
                        e[r] = s;
                    }
                }

                for (var r = 0; r < count; r++)
                {
                    e[r] += err[r];
                }

                if (frame.Weights is { } w)
                {
                    for (var r = 0; r < count; r++)
                    {
                        e[r] *= Math.Sqrt(w[start + r]);
                    }
                }
            }
        });

        return result;
    }

    private static List<DroppedCoefficient> SortDropped(List<DroppedCoefficient> dropped, ModelFrame frame)
        => [.. dropped.OrderBy(d => Array.IndexOf(frame.DesignNames, d.Name))];

    /// <summary>Whether nothing of design column j survives the projection: its demeaned sum of squares is at most
    /// the collinearity tolerance times its raw sum of squares (rounding noise of a column the fixed effects explain).</summary>
    private static DropReason? AbsorbedAway(ModelFrame frame, Absorber.Result absorbed, int j, double demeanedSquares)
    {
        if (frame.Design[j].IsConstant)
        {
            return null;
        }

        var raw = absorbed.RawSquares[j];
        if (absorbed.Summary.Method == AbsorptionMethod.None)
        {
            return frame.HasIntercept && frame.Design[j].IsConstantOver(frame.Rows) ? DropReason.CollinearWithIntercept : null;
        }

        if (demeanedSquares > absorbed.Tolerance * raw)
        {
            return null;
        }

        return frame.FixedEffectNames.Length > 0 ? DropReason.CollinearWithFixedEffects : DropReason.CollinearWithIntercept;
    }

    private static LinearModelResult Finish(ModelFrame frame, Absorber.Result absorbed, Solved solved, CovarianceSpec covariance, ParallelOptions parallel)
    {
        var (clusterCodes, clusterCount) = OneWayClusters(frame, covariance);
        var sums = ResidualPass.Run(absorbed.Design, absorbed.Design.Columns - 1, [solved.Coefficients], solved.Kept, frame.Weights, clusterCodes, clusterCount, parallel);
        return Complete(frame, absorbed, solved, covariance, parallel, sums[0], (clusterCodes, clusterCount));
    }

    /// <summary>With a one-way clustered covariance, the cluster codes, so that the residual pass accumulates the
    /// cluster meat with the segments and the loop that CovarianceComputer.ClusterMeat uses: the same bits, no extra pass.</summary>
    private static (int[]? Codes, int Count) OneWayClusters(ModelFrame frame, CovarianceSpec covariance)
        => covariance.Type == CovarianceType.Cluster && covariance.Clusters.Count == 1
            ? CovarianceComputer.ClusterCodes(frame, covariance.Clusters[0])
            : (null, 1);

    private static LinearModelResult Complete(
        ModelFrame frame, Absorber.Result absorbed, Solved solved, CovarianceSpec covariance, ParallelOptions parallel, ResidualPass.Sums sums, (int[]? Codes, int Count) clusters)
    {
        var clusterCodes = clusters.Codes;
        var design = absorbed.Design;
        var p = design.Columns - 1;
        var kept = solved.Kept;
        var b = solved.Coefficients;
        var w = frame.Weights;
        var residuals = sums.Residuals;
        var ssrTotal = sums.Ssr;
        var withinTotal = sums.Within;
        var centred = frame.HasIntercept || frame.FixedEffectNames.Length > 0;
        var tss = TotalSumOfSquares(frame.Outcome, w, centred, parallel);

        // A constant outcome, with an intercept or fixed effects, is fitted exactly: its residuals are zero, and what the
        // arithmetic leaves (1e-16 of the outcome) is rounding noise that would give t statistics of 1e47. Say it as it
        // is: zero residuals and residual variance, zero total sum of squares (so R2 is undefined, NaN), slopes zero.
        var constantOutcome = centred && IsConstant(frame.Outcome);
        if (constantOutcome)
        {
            Array.Clear(residuals);

            ssrTotal = 0;
            withinTotal = 0;
            tss = 0;
            foreach (var j in kept)
            {
                b[j] = frame.Design[j].IsConstant ? frame.Outcome[0] : 0;
            }
        }

        var k = kept.Length;
        var reported = new double[k];
        for (var i = 0; i < k; i++)
        {
            reported[i] = b[kept[i]];
        }

        double[][] feValues = [];
        if (frame.FixedEffectNames.Length > 0)
        {
            var combined = absorbed.Coefficients!.Combine(p, b, frame.FixedEffectNames.Length);
            feValues = FixedEffectNormalizer.Normalize(combined, frame.FixedEffectCodes, w, absorbed.ComponentOfLevel, FixedEffectNormalization.FirstRowReference);
        }

        var state = new FitState
        {
            Frame = frame,
            Design = design,
            Kept = kept,
            Bread = solved.Bread,
            Residuals = residuals,
            Ssr = ssrTotal,
            FixedEffectParameters = absorbed.FixedEffectParameters,
            Parallel = parallel,
            CachedMeat = clusterCodes is null ? null : (clusterCodes, constantOutcome ? new double[k * k] : ClusterScoreSums.Meat(sums.Scores!, clusters.Count)),
        };

        var fit = new LinearModelResult.FitSummary(
            [.. kept.Select(j => frame.DesignNames[j])],
            reported,
            solved.Dropped,
            ssrTotal,
            tss,
            frame.FixedEffectNames.Length > 0 ? withinTotal : null,
            solved.Condition,
            solved.Solver,
            absorbed.Summary,
            absorbed.ComponentOfLevel,
            feValues);
        var computed = CovarianceComputer.Compute(state, covariance);
        return new LinearModelResult(state.ForResult(), fit, covariance, computed, FixedEffectNormalization.FirstRowReference);
    }

    private static bool IsConstant(double[] y)
    {
        for (var i = 1; i < y.Length; i++)
        {
            if (y[i] != y[0])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The parts added in order (segment or chunk sums, so the total does not depend on the thread count).</summary>
    internal static double Sum(double[] parts)
    {
        var s = 0.0;
        foreach (var v in parts)
        {
            s += v;
        }

        return s;
    }

    private static double TotalSumOfSquares(double[] y, double[]? w, bool centred, ParallelOptions parallel)
    {
        var n = y.Length;
        var chunks = (n + BlockGram.ChunkRows - 1) / BlockGram.ChunkRows;
        var sw = new double[chunks];
        var swy = new double[chunks];
        Parallel.For(0, chunks, parallel, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (chunk) =>
        {
            var end = Math.Min(n, (chunk + 1) * BlockGram.ChunkRows);
            double a = 0, c = 0;
            for (var i = chunk * BlockGram.ChunkRows; i < end; i++)
            {
                var wi = w is null ? 1.0 : w[i];
                a += wi;
                c += wi * y[i];
            }

            sw[chunk] = a;
            swy[chunk] = c;
        });

        var mean = centred ? Sum(swy) / Sum(sw) : 0.0;
        var parts = new double[chunks];
        Parallel.For(0, chunks, parallel, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (chunk) =>
        {
            var end = Math.Min(n, (chunk + 1) * BlockGram.ChunkRows);
            double s = 0;
            for (var i = chunk * BlockGram.ChunkRows; i < end; i++)
            {
                var d = y[i] - mean;
                s += (w is null ? 1.0 : w[i]) * d * d;
            }

            parts[chunk] = s;
        });

        return Sum(parts);
    }
}
