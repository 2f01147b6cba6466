using Indikator.Core.Indicators;
using System.Globalization;
using Indikator.Cli;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Synthetic;

namespace Indikator.Core.Tests.Cli;

/// <summary>The model, units and months fields, and the data errors they and the other files can meet.</summary>
public sealed partial class RunCommandTests
{
    [Fact]
    public void Defaults_are_the_library_default_model_and_levels()
    {
        var options = Options(Job());
        var defaults = new WorkIndicatorOptions();

        // The synthetic stock file has county and programme columns, so those breakdowns are on, as WorkUnitLevel.ForPanel does.
        var levels = WorkUnitLevel.ForColumns(WorkIndicatorColumns.Default with { County = ColumnNames.County, Programme = ColumnNames.Programme });

        Assert.Equal(defaults.Model.Numeric, options.Model.Numeric);
        Assert.Equal(defaults.Model.Categorical, options.Model.Categorical);
        Assert.Equal(defaults.Model.Bands.Select(b => b.Column), options.Model.Bands.Select(b => b.Column));
        Assert.Equal(defaults.Model.Deciles, options.Model.Deciles);
        Assert.False(options.Model.CompareWithinMonth);
        Assert.Equal(levels, options.Units);
        Assert.Equal(["office"], options.FixedEffectLevels);
    }

    [Fact]
    public void Model_units_and_fixed_effects_choose_the_library_terms_and_levels()
    {
        var options = Options(Job(extra: """
            "model": { "covariates": ["age", "inflowRate", "gender"], "compareWithinMonth": true, "fixedEffects": ["region", "needCategory"] },
            "units": ["needCategory", "office", "region"],
            """));

        Assert.Empty(options.Model.Numeric);
        Assert.Equal([ColumnNames.Gender], options.Model.Categorical.Select(c => c.Column));
        Assert.Equal([ColumnNames.Age], options.Model.Bands.Select(b => b.Column));
        Assert.Equal([ColumnNames.InflowRate], options.Model.Deciles);
        Assert.True(options.Model.CompareWithinMonth);
        Assert.Equal(["country", "office", "region", "need_category"], options.Units.Select(u => u.Name));
        Assert.Equal(["region", "need_category"], options.FixedEffectLevels);
    }

    [Fact]
    public void A_programme_column_adds_the_programme_level_by_default()
    {
        var options = Options(Job(columns: "\"programme\": \"status\""));
        Assert.Equal(["country", "office", "region", "county", "need_category", "programme", "region_need_category", "office_need_category"], options.Units.Select(u => u.Name));
    }

    [Fact]
    public void A_crossed_unit_reads_the_columns_of_its_parts()
    {
        var job = RunJobReader.Read(WriteJob(Job(extra: """
            "model": { "covariates": ["age"], "fixedEffects": ["office", "officeNeedCategory"] },
            "units": ["office", "officeNeedCategory"],
            """)));
        var options = Options(Job(extra: """
            "model": { "covariates": ["age"], "fixedEffects": ["office", "officeNeedCategory"] },
            "units": ["office", "officeNeedCategory"],
            """));

        Assert.Equal(["office", "needCategory", "age"], RunStockFields.Used(job).Select(f => f.Property));
        Assert.Equal(["country", "office", "office_need_category"], options.Units.Select(u => u.Name));
        Assert.Equal([ColumnNames.Office, ColumnNames.NeedCategory], options.Units[2].Columns);
        Assert.Equal(["office", "office_need_category"], options.FixedEffectLevels);
    }

    [Fact]
    public void A_small_model_runs_and_a_column_it_does_not_use_need_not_be_in_the_file()
    {
        var stock = RewriteAll(_data.Stock, "no_inflow.csv", rows =>
        {
            var drop = Array.IndexOf(rows[0], ColumnNames.InflowRate);
            return [.. rows.Select(r => r.Where((_, i) => i != drop).ToArray())];
        });
        var (code, log) = Run("--config", WriteJob(Job(stock: stock, outcomes: "[\"jobb3\"]", formats: "[\"csv\"]", extra: """
            "model": { "covariates": ["age", "gender", "needCategory"], "fixedEffects": [] },
            "units": ["office"],
            """)));

        Assert.True(code == CliExitCode.Success, log);
        var files = Directory.GetFiles(Path.Combine(_folder, "out")).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["national-contribution-per-month-jobb3-in-work-3-months-later.csv", "national-level-per-outcome.csv", "offices-jobb3-in-work-3-months-later.csv"], files);
    }

    [Fact]
    public void Months_limit_the_measurement_months()
    {
        var (code, log) = Run("--config", WriteJob(Job(outcomes: "[\"jobb3\"]", formats: "[\"csv\"]", extra: """
            "months": { "from": "2022-07", "to": "2022-12" },
            """)));

        Assert.True(code == CliExitCode.Success, log);
        var periods = _data.Data.Stock.Periods.ToArray();
        var expected = periods.Count(p => string.CompareOrdinal(p.ToString(), "2022-07") >= 0 && string.CompareOrdinal(p.ToString(), "2022-12") <= 0);
        Assert.True(expected > 0 && expected < periods.Length);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"[load stock] {expected} person-months in 2022-07 to 2022-12"), log, StringComparison.Ordinal);
    }

    [Fact]
    public void Months_without_stock_rows_is_a_data_error_naming_the_field()
    {
        var (code, log) = Run("--config", WriteJob(Job(extra: "\"months\": { \"from\": \"2030-01\" },")));
        Assert.Equal(CliExitCode.InputData, code);
        Assert.Contains("months: no row of '", log, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"model\": { \"covariates\": [\"height\"] },", "model.covariates[0]: \"height\" is not one of: age, gender, education, immigrant, needCategory, benefit, monthsSinceRegistration, priorHours, inflowRate.")]
    [InlineData("\"model\": { \"covariates\": \"age\" },", "model.covariates: must be an array of names from: age,")]
    [InlineData("\"model\": { \"covariates\": [\"age\", \"age\"] },", "model.covariates[1]: 'age' is named twice.")]
    [InlineData("\"model\": { \"compareWithinMonth\": \"yes\" },", "model.compareWithinMonth: must be true or false, not \"yes\".")]
    [InlineData("\"model\": { \"periodEffects\": true },", "model.periodEffects: renamed to model.compareWithinMonth, whose default is false")]
    [InlineData("\"model\": { \"fixedEffect\": [] },", "model.fixedEffect: unknown property; the properties of model are: covariates, compareWithinMonth, fixedEffects.")]
    [InlineData("\"units\": [\"office\", \"needCategory\"], \"model\": { \"fixedEffects\": [\"region\"] },", "model.fixedEffects[0]: \"region\" is not one of: office, needCategory.")]
    [InlineData("\"model\": { \"fixedEffects\": [\"office\", \"needCategory\"] },", "model.fixedEffects[1]: \"needCategory\" is also a covariate")]
    [InlineData("\"units\": [\"region\"],", "units: must contain \"office\"; the report is built around the offices.")]
    [InlineData("\"units\": [],", "units: must be a non-empty array of names from: office, region, county, needCategory, programme, regionNeedCategory, officeNeedCategory.")]
    [InlineData("\"months\": { \"from\": \"2023-1\" },", "months.from: '2023-1' is not a month in the form yyyy-MM.")]
    [InlineData("\"months\": { \"from\": \"2023-06\", \"to\": \"2023-05\" },", "months.to: 2023-05 is before months.from (2023-06).")]
    [InlineData("\"months\": { \"since\": \"2023-06\" },", "months.since: unknown property; the properties of months are: from, to.")]
    public void Model_units_and_months_errors_name_the_json_path(string extra, string message)
    {
        var (code, log) = Run("--config", WriteJob(Job(extra: extra)));
        Assert.Equal(CliExitCode.Usage, code);
        Assert.Contains(message, log, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_language_nb_writes_the_report_in_norwegian_with_norwegian_file_names()
    {
        var (code, log) = Run("--config", WriteJob(Job(outcomes: "[\"jobb3\"]", formats: "[\"csv\", \"html\"], \"language\": \"nb\"", extra: """
            "units": ["office"],
            """)));

        Assert.True(code == CliExitCode.Success, log);
        var output = Path.Combine(_folder, "out");
        var files = Directory.GetFiles(output).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["kontorer-jobb3-i-jobb-3-maneder-etter.csv", "landet-per-utfall.csv", "landets-bidrag-per-maned-jobb3-i-jobb-3-maneder-etter.csv", "rapport.html"], files);
        var html = File.ReadAllText(Path.Combine(output, "rapport.html"));
        Assert.Contains("<html lang=\"nb\"", html, StringComparison.Ordinal);
        Assert.Contains("Landets NAV-bidrag per måned", html, StringComparison.Ordinal);
        Assert.StartsWith("kontor,personer,faktisk,forventet,bidrag,nedre,ovre,krympet,reliabilitet", File.ReadAllText(Path.Combine(output, "kontorer-jobb3-i-jobb-3-maneder-etter.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_output_language_names_the_field_and_the_choices()
    {
        var (code, log) = Run("--config", WriteJob(Job(formats: "[\"csv\"], \"language\": \"de\"")));
        Assert.Equal(CliExitCode.Usage, code);
        Assert.Contains("output.language: must be one of en, nb, no, not 'de'.", log, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_weekly_hours_name_file_line_and_column()
    {
        var employment = Rewrite(_data.Employment, "bad_hours.csv", rows => rows[4][2] = "-3");
        var (code, log) = Run("--config", WriteJob(Job(employment: employment)));

        Assert.Equal(CliExitCode.InputData, code);
        Assert.Contains("employment.weeklyHours: ", log, StringComparison.Ordinal);
        Assert.Contains("bad_hours.csv, line 5, column 'weekly_hours': weekly hours must be a finite number of at least 0.", log, StringComparison.Ordinal);
        AssertNoPersonKey(log);
    }

    [Fact]
    public void An_empty_data_file_is_a_data_error_not_a_crash()
    {
        var empty = Path.Combine(_folder, "empty.csv");
        File.WriteAllText(empty, string.Empty);
        var (code, log) = Run("--config", WriteJob(Job(extra: StatusSection($"\"file\": {Quote(empty)}"))));

        Assert.Equal(CliExitCode.InputData, code);
        Assert.Contains("status.file: ", log, StringComparison.Ordinal);
        Assert.Contains("there is no header line", log, StringComparison.Ordinal);
    }

    private WorkIndicatorOptions Options(string json)
    {
        using var log = new StringWriter();
        using var runLog = new RunLog(log, quiet: false, json: false);
        return new RunPipeline(RunJobReader.Read(WriteJob(json)), runLog).IndicatorOptions();
    }
}
