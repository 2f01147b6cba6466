using DuckDB.NET.Data;
using FsCheck;
using FsCheck.Fluent;
using Indikator.Core.Data;

namespace Indikator.Core.Tests.Data.Sources;

public sealed class SqlDialectTests
{
    [Fact]
    public void Real_literals_read_back_exactly_in_duckdb()
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        var dialect = new Dialect();

        // Any finite normal double, from its bits: the push-down fit sends coefficients and fixed-effect values as literals.
        var values = Gen.Choose(int.MinValue, int.MaxValue).Two()
            .Select(t => BitConverter.Int64BitsToDouble(((long)t.Item1 << 32) | (uint)t.Item2))
            .Where(double.IsNormal);
        Prop.ForAll(values.ToArbitrary(), value =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT " + dialect.RealLiteral(value);
            Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits((double)command.ExecuteScalar()!));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Literals_and_inline_tables_are_written_as_documented()
    {
        var dialect = new Dialect();

        Assert.Equal("CAST(1E0 AS DOUBLE)", dialect.RealLiteral(1));
        Assert.Equal("CAST(0.1E0 AS DOUBLE)", dialect.RealLiteral(0.1));
        Assert.Equal("CAST(-2.5E-08 AS DOUBLE)", dialect.RealLiteral(-2.5e-8));
        Assert.Equal("'Nav Grünerløkka''s'", dialect.TextLiteral("Nav Grünerløkka's"));
        Assert.Equal("(VALUES ('a', CAST(1E0 AS DOUBLE)), ('b', CAST(2E0 AS DOUBLE))) AS f0(lvl, v0)",
            dialect.ValuesTable("f0", ["lvl", "v0"], [["'a'", dialect.RealLiteral(1)], ["'b'", dialect.RealLiteral(2)]]));
        Assert.Throws<ArgumentOutOfRangeException>(() => dialect.RealLiteral(double.NaN));
    }

    private sealed class Dialect : SqlDialect
    {
        public override string IntegerType => "BIGINT";

        public override string RealType => "DOUBLE";

        public override string TextType => "VARCHAR";

        public override string MonthText(string dateExpression) => dateExpression;
    }
}
