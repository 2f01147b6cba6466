using System.Text;
using Indikator.Core.Data;

namespace Indikator.Core.Benchmarks.Data.Legacy;

/// <summary>The entry point of the CSV loader as it was before issue 12: a <see cref="StreamReader"/> over the file and
/// one sequential char-based reader. Kept only as the baseline of <see cref="CsvLoadBenchmarks"/>.</summary>
internal static class LegacyCsvLoader
{
    public static PersonMonthPanel LoadPanel(string path, CsvSchema schema)
    {
        var stream = new FileStream(path, new FileStreamOptions
        {
            Mode = FileMode.Open,
            Access = FileAccess.Read,
            Share = FileShare.Read,
            Options = FileOptions.SequentialScan,
            BufferSize = 0,
        });
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 1 << 16, leaveOpen: false);
        return new LegacyCsvTableReader(reader, schema, CsvReadOptions.Default, path).ReadPanel();
    }
}
