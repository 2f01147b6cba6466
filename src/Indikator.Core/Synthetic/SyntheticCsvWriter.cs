using Indikator.Core.Indicators;
using System.Globalization;
using System.Text;

namespace Indikator.Core.Synthetic;

/// <summary>Writes a <see cref="SyntheticNavData"/> as CSV: comma separated, invariant culture, shortest round-trip numbers, NaN as an empty field.</summary>
internal static class SyntheticCsvWriter
{
    public static IReadOnlyList<string> Write(SyntheticNavData data, string directory)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        WriteStock(data, Open(directory, "stock.csv", written));
        WriteEmployment(data, Open(directory, "employment.csv", written));
        WriteStatus(data, Open(directory, "status.csv", written));
        WriteOffices(data, Open(directory, "offices.csv", written));
        WriteOfficeTruth(data, Open(directory, "truth_office.csv", written));
        WritePeriodTruth(data, Open(directory, "truth_period.csv", written));
        WriteModelTruth(data, Open(directory, "truth_model.csv", written));
        return written;
    }

    private static CsvLineWriter Open(string directory, string name, List<string> written)
    {
        var path = Path.Combine(directory, name);
        written.Add(path);
        return new CsvLineWriter(path);
    }

    private static void WriteStock(SyntheticNavData data, CsvLineWriter w)
    {
        using (w)
        {
            var stock = data.Stock;
            string[] numericNames = [ColumnNames.Age, ColumnNames.MonthsSinceRegistration, ColumnNames.PriorHours, ColumnNames.InflowRate];
            string[] categoricalNames =
            [
                ColumnNames.Office, ColumnNames.Region, ColumnNames.LabourMarketRegion, ColumnNames.Gender,
                ColumnNames.Education, ColumnNames.Immigrant, ColumnNames.NeedCategory, ColumnNames.Benefit, ColumnNames.Status,
                ColumnNames.County, ColumnNames.ImmigrantOrigin, ColumnNames.Programme,
            ];
            var numeric = numericNames.Select(n => stock.Numeric(n).Array).ToArray();
            var categorical = categoricalNames.Select(n => stock.Categorical(n)).ToArray();
            w.Header("person_key,period," + string.Join(',', numericNames) + "," + string.Join(',', categoricalNames));
            var keys = stock.PersonKeyArray;
            var periods = stock.PeriodArray;
            for (var row = 0; row < keys.Length; row++)
            {
                w.Field(keys[row]);
                w.Field(periods[row]);
                foreach (var column in numeric)
                {
                    w.Field(column[row]);
                }

                foreach (var column in categorical)
                {
                    // Only the programme can be missing (no programme that month): an empty field.
                    var code = column.CodeArray[row];
                    w.Field(code < 0 ? string.Empty : column.Levels[code]);
                }

                w.EndLine();
            }
        }
    }

    private static void WriteEmployment(SyntheticNavData data, CsvLineWriter w)
    {
        using (w)
        {
            w.Header("person_key,month,weekly_hours,earnings");
            var e = data.Employment;
            var earnings = e.EarningsArray!;
            for (var row = 0; row < e.Count; row++)
            {
                w.Field(e.PersonKeyArray[row]);
                w.Field(e.MonthArray[row]);
                w.Field(e.WeeklyHoursArray[row]);
                w.Field(earnings[row]);
                w.EndLine();
            }
        }
    }

    private static void WriteStatus(SyntheticNavData data, CsvLineWriter w)
    {
        using (w)
        {
            w.Header("person_key,month,status,programme,receives_benefit");
            var s = data.Statuses;
            var names = Enum.GetValues<Data.RegisterStatus>().ToDictionary(v => v, v => v.ToString());
            for (var row = 0; row < s.Count; row++)
            {
                w.Field(s.PersonKeyArray[row]);
                w.Field(s.MonthArray[row]);
                w.Field(names[s.StatusArray[row]]);
                var programme = s.ProgrammeArray[row];
                w.Field(programme < 0 ? string.Empty : s.ProgrammeLevels[programme]);
                w.Field(s.ReceivesBenefitArray[row] ? "true" : "false");
                w.EndLine();
            }
        }
    }

    private static void WriteOffices(SyntheticNavData data, CsvLineWriter w)
    {
        using (w)
        {
            w.Header("code,name,region,labour_market_region,size_share");
            foreach (var o in data.Offices)
            {
                w.Field(o.Code);
                w.Field(o.Name);
                w.Field(o.Region);
                w.Field(o.LabourMarketRegion);
                w.Field(o.SizeShare);
                w.EndLine();
            }
        }
    }

    private static void WriteOfficeTruth(SyntheticNavData data, CsvLineWriter w)
    {
        using (w)
        {
            w.Header("code,name,region,labour_market_region,size_share,stock_person_months,composition_index,effect,jobb3,atid3,jobb12,atid12");
            foreach (var o in data.Truth.Offices)
            {
                w.Field(o.Code);
                w.Field(o.Name);
                w.Field(o.Region);
                w.Field(o.LabourMarketRegion);
                w.Field(o.SizeShare);
                w.Field(o.StockPersonMonths);
                w.Field(o.CompositionIndex);
                w.Field(o.Effect);
                w.Field(o.Jobb3Effect);
                w.Field(o.Atid3Effect);
                w.Field(o.Jobb12Effect);
                w.Field(o.Atid12Effect);
                w.EndLine();
            }
        }
    }

    private static void WritePeriodTruth(SyntheticNavData data, CsvLineWriter w)
    {
        using (w)
        {
            w.Header("month,effect,jobb3,atid3,jobb12,atid12");
            foreach (var p in data.Truth.Periods)
            {
                w.Field(p.Month);
                w.Field(p.Effect);
                w.Field(p.Jobb3Effect);
                w.Field(p.Atid3Effect);
                w.Field(p.Jobb12Effect);
                w.Field(p.Atid12Effect);
                w.EndLine();
            }
        }
    }

    private static void WriteModelTruth(SyntheticNavData data, CsvLineWriter w)
    {
        using (w)
        {
            w.Header("term,value");
            foreach (var c in data.Truth.BaseCoefficients)
            {
                w.Field(c.Term);
                w.Field(c.Value);
                w.EndLine();
            }

            w.Field("q_share_over_19_hours");
            w.Field(data.Truth.ShareOverNineteenHours);
            w.EndLine();
            w.Field("m_mean_weekly_hours_in_work");
            w.Field(data.Truth.MeanWeeklyHoursInWork);
            w.EndLine();
        }
    }

    /// <summary>Formats fields into a reusable buffer, so millions of rows allocate no strings.</summary>
    private sealed class CsvLineWriter : IDisposable
    {
        private readonly StreamWriter _writer;
        private readonly char[] _buffer = new char[64];
        private bool _first = true;

        public CsvLineWriter(string path)
        {
            _writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 20)
            {
                NewLine = "\n",
            };
        }

        public void Header(string line) => _writer.WriteLine(line);

        public void Field(long value)
        {
            Separator();
            value.TryFormat(_buffer, out var n, default, CultureInfo.InvariantCulture);
            _writer.Write(_buffer, 0, n);
        }

        public void Field(double value)
        {
            Separator();
            if (double.IsNaN(value))
            {
                return;
            }

            value.TryFormat(_buffer, out var n, default, CultureInfo.InvariantCulture);
            _writer.Write(_buffer, 0, n);
        }

        public void Field(Data.YearMonth value)
        {
            Separator();
            value.TryFormat(_buffer, out var n, default, CultureInfo.InvariantCulture);
            _writer.Write(_buffer, 0, n);
        }

        public void Field(string value)
        {
            Separator();
            if (value.AsSpan().IndexOfAny(",\"\n") >= 0)
            {
                _writer.Write('"');
                _writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
                _writer.Write('"');
            }
            else
            {
                _writer.Write(value);
            }
        }

        public void EndLine()
        {
            _writer.Write('\n');
            _first = true;
        }

        public void Dispose() => _writer.Dispose();

        private void Separator()
        {
            if (!_first)
            {
                _writer.Write(',');
            }

            _first = false;
        }
    }
}
