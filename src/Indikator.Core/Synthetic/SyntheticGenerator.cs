using Indikator.Core.Data;

namespace Indikator.Core.Synthetic;

/// <summary>
/// Runs the simulation in fixed blocks of persons. Pass 1 counts each block's rows, a prefix sum
/// in block order gives each block its offsets, pass 2 re-simulates (same streams, same draws) and
/// writes straight into arrays allocated once at their final size. Output therefore does not depend
/// on the number of threads or on scheduling.
/// </summary>
internal static class SyntheticGenerator
{
    private const int BlockSize = 4096;
    private const double PilotInflow = 1000.0;

    public static SyntheticNavData Run(SyntheticOptions options, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        options.Validate();
        var design = SyntheticDesign.Create(options);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };

        // Calibrate the monthly inflow: stock rows are proportional to it, so one small pilot suffices.
        var pilotCells = design.EntryCounts(PilotInflow, Dgp.StreamPilotCounts);
        var pilot = Count(design, pilotCells, stockOnly: true, inStock: null, parallel, progress, 0.0, 0.1);
        var pilotRows = 0L;
        foreach (var block in pilot)
        {
            pilotRows += block.Sink.StockRows;
        }

        var inflow = PilotInflow * options.ResolvedTargetPersonMonths / Math.Max(1L, pilotRows);
        var cells = design.EntryCounts(inflow, Dgp.StreamCounts);

        // Most persons who register during the burn-in leave before the first stock month; pass 1
        // marks the persons with stock rows so that pass 2 simulates only those.
        var inStock = new bool[cells[^1]];
        var counts = Count(design, cells, stockOnly: false, inStock, parallel, progress, 0.1, 0.5);

        long stockRows = 0, jobRows = 0, statusRows = 0;
        foreach (var block in counts)
        {
            stockRows += block.Sink.StockRows;
            jobRows += block.Sink.JobRows;
            statusRows += block.Sink.StatusRows;
        }

        if (stockRows > Array.MaxLength || jobRows > Array.MaxLength || statusRows > Array.MaxLength)
        {
            throw new InvalidOperationException("The requested size produces more rows than an array can hold; ask for fewer person-months.");
        }

        var stockOffsets = new int[counts.Length];
        var jobOffsets = new int[counts.Length];
        var statusOffsets = new int[counts.Length];
        var range = ProbabilityRange.Empty;
        for (var b = 1; b < counts.Length; b++)
        {
            stockOffsets[b] = stockOffsets[b - 1] + (int)counts[b - 1].Sink.StockRows;
            jobOffsets[b] = jobOffsets[b - 1] + (int)counts[b - 1].Sink.JobRows;
            statusOffsets[b] = statusOffsets[b - 1] + (int)counts[b - 1].Sink.StatusRows;
        }

        foreach (var block in counts)
        {
            range.Merge(block.Range);
        }

        var output = new OutputColumns((int)stockRows, (int)jobRows, (int)statusRows);
        var done = 0;
        Parallel.For(0, counts.Length, parallel, b =>
        {
            var sink = new WritingSink(output, design, stockOffsets[b], jobOffsets[b], statusOffsets[b]);
            var ignored = ProbabilityRange.Empty;
            SimulateBlock(design, cells, b, inStock, ref sink, ref ignored);
            Report(progress, ref done, counts.Length, 0.5, 1.0);
        });

        return SyntheticNavData.Assemble(options, design, output, range);
    }

    private static BlockCount[] Count(SyntheticDesign design, long[] cells, bool stockOnly, bool[]? inStock, ParallelOptions parallel, IProgress<double>? progress, double from, double to)
    {
        var blocks = (int)((cells[^1] + BlockSize - 1) / BlockSize);
        var counts = new BlockCount[blocks];
        var done = 0;
        Parallel.For(0, blocks, parallel, b =>
        {
            var sink = new CountingSink { StockOnly = stockOnly, InStock = inStock };
            var range = ProbabilityRange.Empty;
            SimulateBlock(design, cells, b, null, ref sink, ref range);
            counts[b] = new BlockCount(sink, range);
            Report(progress, ref done, blocks, from, to);
        });

        return counts;
    }

    // onlyInStock: when given (pass 2), persons not marked in pass 1 are skipped.
    private static void SimulateBlock<TSink>(SyntheticDesign design, long[] cells, int block, bool[]? onlyInStock, ref TSink sink, ref ProbabilityRange range)
        where TSink : struct, IPersonSink
    {
        var start = (long)block * BlockSize;
        var end = Math.Min(start + BlockSize, cells[^1]);

        // The last cell c with cells[c] <= start; empty cells repeat values, so search by hand.
        int lo = 0, hi = cells.Length - 2;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (cells[mid] <= start)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        var cell = lo;
        var officeCount = design.OfficeCount;
        for (var person = start; person < end; person++)
        {
            while (cells[cell + 1] <= person)
            {
                cell++;
            }

            if (onlyInStock is not null && !onlyInStock[person])
            {
                continue;
            }

            var entry = (cell / officeCount) - Dgp.BurnInMonths;
            PersonSimulator.Simulate(design, person, entry, cell % officeCount, ref sink, ref range);
        }
    }

    private static void Report(IProgress<double>? progress, ref int done, int total, double from, double to)
    {
        var finished = Interlocked.Increment(ref done);
        progress?.Report(from + ((to - from) * finished / total));
    }

    private readonly record struct BlockCount(CountingSink Sink, ProbabilityRange Range);
}
