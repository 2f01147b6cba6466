using System.Data.Common;
using System.Text;
using Indikator.Core.Data;
using Indikator.Core.Internal;
using Indikator.Core.Numerics;
using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.PushDown;

/// <summary>
/// Fits a <see cref="LinearModelSpec"/> inside a database: aggregate SQL there, the rest in memory with the in-memory
/// fit's own rules. Called by the DuckDB and PostgreSQL packages, which supply the connection and the dialect.
/// </summary>
/// <remarks>
/// <para>Passes (each one statement, or a few when a SELECT would have more than <see cref="PushDownSql.MaxAggregates"/>
/// aggregates):</para>
/// <para>1. Counts (input rows, zero and negative weights), then per fixed-effect cell (office x period) the weighted
/// count and the weighted sums and squares of every numeric column, and per cell and level of each categorical
/// covariate the weighted count. From these cell sums <see cref="CellProjection.FromSums"/> projects every column onto
/// the fixed effects, exactly as the in-memory fit does after its pass over the rows.</para>
/// <para>2. The cross-products of the demeaned columns, sum w x~_j x~_k, with x~ = x - (its projection for the row's
/// levels), joined in as one inline table per fixed effect. Demeaning row by row avoids the cancellation of
/// X'X - X'D(D'D)^+D'X. <see cref="GramSolver"/> solves them as the in-memory normal-equation path does, with its
/// refinement passes (sum w e x~) when the condition number asks for them.</para>
/// <para>3. With the coefficients known: sum w e^2, and the meat of the covariance: sum (w e)^2 x~_j x~_k (HC0/HC1)
/// or, per cluster, S_g = sum w e x~ grouped inside the statement and sum_g S_g S_g' outside it, so no cluster key (a
/// person key when clustering by person) leaves the database. <see cref="CovarianceComputer.Combine"/> applies the
/// in-memory small-sample rules.</para>
/// </remarks>
internal static class PushDownLinearModel
{
    public static PushDownFitResult Fit(DbConnection connection, SqlDialect dialect, string engine, string query, LinearModelSpec spec, PushDownOptions? options, string sourceName, CancellationToken cancellationToken)
    {
        Guard.NotNull(connection);
        Guard.NotNull(sourceName);
        var runner = new DbAggregateRunner(connection, sourceName, engine, cancellationToken);
        return Fit(runner, dialect, query, spec, options).Result;
    }

    /// <summary>Fits with an existing runner, and also returns what later statements over the same rows need: the SQL
    /// writer, the design, the kept columns, all coefficients (zero where dropped) and the bread.</summary>
    public static PushDownFitDetails Fit(DbAggregateRunner runner, SqlDialect dialect, string query, LinearModelSpec spec, PushDownOptions? options)
    {
        var (model, covariance, sql) = Prepare(dialect, query, spec, options);
        var firstStatement = runner.Statements.Count;
        var tolerance = (options ?? PushDownOptions.Default).CollinearityTolerance;

        // Pass 1: counts and cell sums.
        var input = (long)runner.RunOne(sql.InputCount())[0];
        long zero = 0;
        if (model.Weights is { } weights)
        {
            var negative = (long)runner.RunOne(sql.NegativeWeightCount())[0];
            if (negative > 0)
            {
                throw new ArgumentException($"Weight column '{weights}': {negative} rows have a negative weight; weights must not be negative.", nameof(spec));
            }

            zero = (long)runner.RunOne(sql.ZeroWeightCount())[0];
        }

        var cells = runner.Run(sql.Cells(), model.FixedEffects.Length);
        var used = cells.Sum(c => (long)c.Values[0]);
        if (used == 0)
        {
            throw new ArgumentException("No row is left after removing rows with missing values, zero weights and singletons.", nameof(spec));
        }

        var termCells = new List<(string[] Keys, double[] Values)>[model.Terms.Length];
        for (var t = 0; t < model.Terms.Length; t++)
        {
            termCells[t] = runner.Run(sql.TermCells(t), model.FixedEffects.Length + 1);
        }

        foreach (var (_, v) in cells)
        {
            CheckFinite(v, runner.SourceName);
        }

        var first = FirstPass.Build(model, spec, cells, termCells, runner.SourceName);
        var values = first.Values;
        var p = values.Design.Length;
        var m = p + 1;

        // Pass 2: cross-products of the demeaned design and outcome.
        var centred = model.FixedEffects.Length > 0 || spec.Intercept;
        var gramSums = RunBatches(runner, sql.Gram(values, centred));
        var gram = new double[m * m];
        var at = 0;
        for (var i = 0; i < m; i++)
        {
            for (var j = i; j < m; j++)
            {
                gram[(i * m) + j] = gram[(j * m) + i] = gramSums[at++];
            }
        }

        var tss = centred ? gramSums[at] : first.OutcomeSquares;
        var dropped = new List<(int Column, DropReason Reason)>();
        var candidates = new List<int>();
        for (var j = 0; j < p; j++)
        {
            if (AbsorbedAway(first, j, gram[(j * m) + j], tolerance) is { } reason)
            {
                dropped.Add((j, reason));
            }
            else
            {
                candidates.Add(j);
            }
        }

        var solved = GramSolver.Solve(gram, m, candidates, tolerance, double.PositiveInfinity, (b, kept) =>
            RunBatches(runner, sql.ResidualSums(values, b, kept))[1..])!;
        dropped.AddRange(solved.Collinear.Select(j => (j, DropReason.CollinearWithCovariates)));
        var kept = solved.Kept;
        var coefficients = solved.Coefficients;

        // Pass 3: residual sum of squares and the meat.
        var ssr = RunBatches(runner, sql.ResidualSums(values, coefficients, []))[0];
        var inputs = new CovarianceComputer.Inputs(covariance, checked((int)used), kept.Length, first.FixedEffectParameters, model.FixedEffects.Length > 0, solved.Bread, ssr);
        if (covariance.Type == CovarianceType.Robust)
        {
            var meat = covariance.RobustType is RobustType.HC0 or RobustType.HC1 ? Symmetric(RunBatches(runner, sql.RobustMeat(values, coefficients, kept)), kept.Length) : null;
            inputs = inputs with { RobustMeat = () => meat! };
        }
        else if (covariance.Type == CovarianceType.Cluster)
        {
            var clusters = covariance.Clusters;
            var meats = new List<(double[] Meat, int Count)>();
            foreach (var set in clusters.Count == 1 ? [[clusters[0]]] : new[] { new[] { clusters[0] }, [clusters[1]], [clusters[0], clusters[1]] })
            {
                var sums = RunBatches(runner, sql.ClusterMeat(values, coefficients, kept, set), keepFirst: true);
                meats.Add((Symmetric(sums[1..], kept.Length), (int)sums[0]));
            }

            var nested = 0;
            for (var f = 0; f < model.FixedEffects.Length; f++)
            {
                var levels = values.FixedEffectLevels[f].Length;
                if (clusters.Any(c => string.Equals(c, model.FixedEffects[f], StringComparison.Ordinal)
                    || (long)runner.RunOne(sql.NestingCount(model.FixedEffects[f], c))[0] == levels))
                {
                    nested += levels - 1;
                }
            }

            inputs = inputs with
            {
                ClusterCounts = [.. meats.Take(clusters.Count).Select(x => x.Count)],
                NestedLevels = nested,
                ClusterMeat = c => meats[c],
            };
        }

        var output = CovarianceComputer.Combine(inputs);
        var facts = new PushDownFitFacts(
            [.. kept.Select(j => values.Design[j].Name)],
            [.. kept.Select(j => coefficients[j])],
            [.. dropped.OrderBy(d => d.Column).Select(d => new DroppedCoefficient(values.Design[d.Column].Name, d.Reason))],
            first.ReferenceLevels,
            new SampleSummary(checked((int)input), checked((int)(input - used - zero)), checked((int)zero), first.Singletons, false, checked((int)used)),
            first.FixedEffectParameters,
            ssr,
            tss,
            model.FixedEffects.Length > 0 ? gram[(p * m) + p] : null,
            centred,
            solved.Condition,
            first.FixedEffectEstimates(model, coefficients),
            [.. runner.Statements.Skip(firstStatement)]);
        var result = new PushDownFitResult(facts, covariance, output.Matrix, output.DegreesOfFreedom, output.ClusterCounts, output.K);
        return new PushDownFitDetails(result, sql, values, kept, coefficients, solved.Bread);
    }

    /// <summary>Placeholders for the design a first pass would find (one indicator per categorical covariate), for an explanation.</summary>
    public static DesignValues SymbolicValues(PushDownModel model, LinearModelSpec spec)
    {
        var design = new List<DesignEntry>();
        if (model.FixedEffects.Length == 0 && spec.Intercept)
        {
            design.Add(new DesignEntry(DesignKind.Constant, "(Intercept)", string.Empty));
        }

        design.AddRange(model.Covariates.Select(c => new DesignEntry(DesignKind.Numeric, c, c)));
        design.AddRange(model.Terms.Select((c, t) => new DesignEntry(DesignKind.Indicator, c + "[level]", c, t, "level")));
        return new DesignValues
        {
            Design = [.. design],
            FixedEffectLevels = [.. model.FixedEffects.Select(_ => Array.Empty<string>())],
            FixedEffectValues = [],
            TermLevels = [.. model.Terms.Select(_ => Array.Empty<string>())],
            Symbolic = true,
        };
    }

    /// <summary>The statements a fit would run, without running any: the first pass exactly, the later passes with
    /// placeholders (<c>:b0</c>, <c>:ybar</c>, inline tables described in a comment) for what the first pass computes.</summary>
    public static string Explain(SqlDialect dialect, string query, LinearModelSpec spec, PushDownOptions? options)
    {
        var (model, covariance, sql) = Prepare(dialect, query, spec, options);
        var text = new StringBuilder();
        var step = 0;
        void Add(string title, IEnumerable<string> statements)
        {
            text.Append("-- ").Append(++step).Append(". ").AppendLine(title);
            foreach (var s in statements)
            {
                text.AppendLine(s + ";");
            }

            text.AppendLine();
        }

        Add("rows read", [sql.InputCount()]);
        if (model.Weights is not null)
        {
            Add("rows with a negative weight (an error) and with weight zero (removed)", [sql.NegativeWeightCount(), sql.ZeroWeightCount()]);
        }

        Add("per fixed-effect cell: rows, weighted count, weighted sums and squares of each numeric column", [sql.Cells()]);
        for (var t = 0; t < model.Terms.Length; t++)
        {
            Add($"per fixed-effect cell and level of {model.Terms[t]}: weighted count", [sql.TermCells(t)]);
        }

        // Placeholders: one numeric column per covariate, one indicator per categorical covariate.
        var symbolic = SymbolicValues(model, spec);
        var design = symbolic.Design;
        var all = Enumerable.Range(0, design.Length).ToArray();
        var b = Enumerable.Repeat(1.0, design.Length).ToArray();
        Add("cross-products of the demeaned columns (inline tables: each column's fixed-effect projection per level; indicators per level)", sql.Gram(symbolic, model.FixedEffects.Length > 0 || spec.Intercept));
        Add("with the coefficients :bj: sum of squared residuals and X~'We (also the refinement step, when the condition number asks for it)", sql.ResidualSums(symbolic, b, all));
        switch (covariance.Type)
        {
            case CovarianceType.Robust:
                Add("heteroskedasticity-robust meat", sql.RobustMeat(symbolic, b, all));
                break;
            case CovarianceType.Cluster:
                foreach (var set in covariance.Clusters.Count == 1 ? [[covariance.Clusters[0]]] : new[] { new[] { covariance.Clusters[0] }, [covariance.Clusters[1]], [covariance.Clusters[0], covariance.Clusters[1]] })
                {
                    Add($"cluster meat by {string.Join(" x ", set)}: score sums grouped on the server, only their cross-products returned", sql.ClusterMeat(symbolic, b, all, set));
                }

                foreach (var fe in model.FixedEffects)
                {
                    foreach (var c in covariance.Clusters.Where(c => !string.Equals(c, fe, StringComparison.Ordinal)))
                    {
                        Add($"whether {fe} is nested in {c} (for the small-sample K)", [sql.NestingCount(fe, c)]);
                    }
                }

                break;
            default:
                break;
        }

        return text.ToString();
    }

    public static (PushDownModel Model, CovarianceSpec Covariance, PushDownSql Sql) Prepare(SqlDialect dialect, string query, LinearModelSpec spec, PushDownOptions? options)
    {
        Guard.NotNull(query);
        Guard.NotNull(spec);
        options ??= PushDownOptions.Default;
        spec.ThrowIfIncomplete();
        if (!(options.CollinearityTolerance > 0 && options.CollinearityTolerance < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.CollinearityTolerance, "CollinearityTolerance must be in (0, 1).");
        }

        if (spec.FixedEffects.Count > 2)
        {
            throw new ArgumentException($"A fit in the database absorbs at most two fixed effects (office and period, say); the specification has {spec.FixedEffects.Count}.", nameof(spec));
        }

        var covariance = options.Covariance
            ?? (spec.FixedEffects.Count > 0 ? CovarianceSpec.Cluster(spec.FixedEffects[0]) : CovarianceSpec.Iid());
        if (covariance.Type == CovarianceType.Robust && covariance.RobustType is RobustType.HC2 or RobustType.HC3)
        {
            throw new ArgumentException($"{covariance.RobustType} needs the leverage of each row; a fit in the database supports HC0 and HC1.", nameof(options));
        }

        var named = spec.Covariates.Concat(spec.Categorical.Select(c => c?.Column)).Concat(spec.FixedEffects).Concat(covariance.Clusters);
        if (named.Any(string.IsNullOrEmpty) || (spec.Weights is not null && spec.Weights.Length == 0))
        {
            throw new ArgumentException("Every column the specification names (covariates, categorical covariates, fixed effects, weights, clusters) must be a non-empty name.", nameof(spec));
        }

        var model = new PushDownModel(
            spec.Outcome,
            [.. spec.Covariates],
            [.. spec.Categorical.Select(c => c.Column)],
            [.. spec.FixedEffects],
            spec.Weights,
            [.. covariance.Clusters]);
        return (model, covariance, new PushDownSql(dialect, query, model));
    }

    private static double[] RunBatches(DbAggregateRunner runner, List<string> statements, bool keepFirst = false)
    {
        // Statements after the first repeat the always-present leading aggregates (the cluster count); keep them once.
        var result = new List<double>();
        for (var i = 0; i < statements.Count; i++)
        {
            var row = runner.RunOne(statements[i]);
            result.AddRange(keepFirst && i > 0 ? row[1..] : row);
        }

        double[] sums = [.. result];
        CheckFinite(sums, runner.SourceName);
        return sums;
    }

    private static void CheckFinite(double[] values, string sourceName)
    {
        foreach (var v in values)
        {
            if (!double.IsFinite(v))
            {
                throw new DataSourceException(sourceName, -1, null, "a sum over the used rows is not finite: a used column holds NaN or an infinite value (only NULL counts as missing in the database)");
            }
        }
    }

    /// <summary>The upper triangle (row by row) as a full symmetric matrix.</summary>
    private static double[] Symmetric(double[] upper, int k)
    {
        var result = new double[k * k];
        var at = 0;
        for (var i = 0; i < k; i++)
        {
            for (var j = i; j < k; j++)
            {
                result[(i * k) + j] = result[(j * k) + i] = upper[at++];
            }
        }

        return result;
    }

    /// <summary>The in-memory fit's rule (LinearModel.AbsorbedAway) on sums.</summary>
    private static DropReason? AbsorbedAway(FirstPass first, int j, double demeanedSquares, double tolerance)
    {
        var entry = first.Values.Design[j];
        if (entry.Kind == DesignKind.Constant)
        {
            return null;
        }

        if (first.Values.FixedEffectLevels.Length == 0)
        {
            return first.HasIntercept && first.IsConstant(j) ? DropReason.CollinearWithIntercept : null;
        }

        return demeanedSquares > tolerance * first.RawSquares[j] ? null : DropReason.CollinearWithFixedEffects;
    }
}

/// <summary>A pushed-down fit and what later statements over the same rows need.</summary>
/// <param name="Result">The public result.</param>
/// <param name="Sql">The statement writer of the fit's rows.</param>
/// <param name="Values">The first pass's design and inline-table values.</param>
/// <param name="Kept">The kept design columns, in the order of the result's coefficients.</param>
/// <param name="Coefficients">All design columns' coefficients, zero where dropped.</param>
/// <param name="Bread">(X~'X~)^-1 over the kept columns.</param>
internal sealed record PushDownFitDetails(PushDownFitResult Result, PushDownSql Sql, DesignValues Values, int[] Kept, double[] Coefficients, double[] Bread);
