using System.Text;
using Indikator.Core.Data;
using Indikator.Core.DuckDB;
using Indikator.Core.Parquet;

namespace Indikator.Core.Tests.Data;

/// <summary>Every loader takes a cancellation token and stops on it.</summary>
public class LoaderCancellationTests
{
    private static readonly CsvSchema Schema = new CsvSchema().AddNumeric("x").AddCategorical("g");

    [Fact]
    public void Csv_Parquet_and_DuckDB_loaders_stop_on_a_cancelled_token_and_load_without_one()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var csv = new StringBuilder("x,g\n");
        for (var i = 0; i < 200_000; i++)
        {
            csv.Append(i).Append(",a").Append(i % 7).Append('\n');
        }

        var bytes = Encoding.UTF8.GetBytes(csv.ToString());
        Assert.ThrowsAny<OperationCanceledException>(() => CsvLoader.LoadTable(new MemoryStream(bytes), Schema, cancellationToken: cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => CsvLoader.LoadTable(new StringReader(csv.ToString()), Schema, cancellationToken: cancelled.Token));
        var table = CsvLoader.LoadTable(new MemoryStream(bytes), Schema);
        Assert.Equal(200_000, table.RowCount);

        using var parquet = new MemoryStream();
        ParquetTableWriter.Write(table, parquet);
        parquet.Position = 0;
        Assert.ThrowsAny<OperationCanceledException>(() => ParquetLoader.LoadTable(parquet, Schema, cancellationToken: cancelled.Token));
        parquet.Position = 0;
        Assert.Equal(200_000, ParquetLoader.LoadTable(parquet, Schema).RowCount);

        const string query = "select range::double as x, 'a' || (range % 7)::varchar as g from range(200000)";
        Assert.ThrowsAny<OperationCanceledException>(() => DuckDbLoader.LoadTable(query, Schema, cancellationToken: cancelled.Token));
        Assert.Equal(200_000, DuckDbLoader.LoadTable(query, Schema).RowCount);
    }
}
