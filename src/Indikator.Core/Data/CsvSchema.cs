using Indikator.Core.Internal;

namespace Indikator.Core.Data;

/// <summary>
/// Which CSV headers <see cref="CsvLoader"/> reads, into which columns and as which type.
/// </summary>
/// <remarks>
/// <para>Each method returns a new schema; the original is unchanged. CSV columns the schema does not
/// name are skipped. A header the schema names but the file lacks is an error that names the file and
/// the header. Headers are compared ordinally after trimming white space.</para>
/// <code>
/// var schema = new CsvSchema()
///     .WithPersonKey("person_id")
///     .WithPeriod("month")              // yyyy-MM
///     .WithWeights("w")                 // optional
///     .AddNumeric("age")
///     .AddNumeric("inntekt", "income")  // header "inntekt" becomes column "income"
///     .AddCategorical("kontor", "office");
/// PersonMonthPanel panel = CsvLoader.LoadPanel("panel.csv", schema);
/// </code>
/// <para>This type is immutable and thread safe.</para>
/// </remarks>
public sealed class CsvSchema
{
    private readonly Mapping[] _mappings;

    /// <summary>Creates an empty schema.</summary>
    public CsvSchema()
        : this([])
    {
    }

    private CsvSchema(Mapping[] mappings) => _mappings = mappings;

    internal enum Role
    {
        Numeric,
        Categorical,
        PersonKey,
        Period,
        Weights,
    }

    /// <summary>Gets the number of CSV columns the schema reads.</summary>
    public int Count => _mappings.Length;

    internal IReadOnlyList<Mapping> Mappings => _mappings;

    /// <summary>Returns a schema that also reads a numeric column (<see cref="double.NaN"/> for missing values).</summary>
    /// <param name="header">The header in the file.</param>
    /// <param name="name">The column name in the result; the header when null.</param>
    /// <returns>The new schema.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="header"/> is null.</exception>
    /// <exception cref="ArgumentException">The header or name is empty or already used.</exception>
    public CsvSchema AddNumeric(string header, string? name = null) => Add(header, name ?? header, Role.Numeric);

    /// <summary>Returns a schema that also reads a categorical column, dictionary-encoded with levels in ordinal order of the labels (see <see cref="CategoricalColumn"/>).</summary>
    /// <param name="header">The header in the file.</param>
    /// <param name="name">The column name in the result; the header when null.</param>
    /// <returns>The new schema.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="header"/> is null.</exception>
    /// <exception cref="ArgumentException">The header or name is empty or already used.</exception>
    public CsvSchema AddCategorical(string header, string? name = null) => Add(header, name ?? header, Role.Categorical);

    /// <summary>Returns a schema that reads the person key (an integer) from <paramref name="header"/>, replacing an earlier choice.</summary>
    /// <param name="header">The header in the file.</param>
    /// <returns>The new schema.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="header"/> is null.</exception>
    /// <exception cref="ArgumentException">The header is empty or already read as another column.</exception>
    public CsvSchema WithPersonKey(string header) => Replace(header, Role.PersonKey);

    /// <summary>Returns a schema that reads the period (<c>yyyy-MM</c>) from <paramref name="header"/>, replacing an earlier choice.</summary>
    /// <param name="header">The header in the file.</param>
    /// <returns>The new schema.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="header"/> is null.</exception>
    /// <exception cref="ArgumentException">The header is empty or already read as another column.</exception>
    public CsvSchema WithPeriod(string header) => Replace(header, Role.Period);

    /// <summary>Returns a schema that reads observation weights from <paramref name="header"/>, replacing an earlier choice.</summary>
    /// <param name="header">The header in the file.</param>
    /// <returns>The new schema.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="header"/> is null.</exception>
    /// <exception cref="ArgumentException">The header is empty or already read as another column.</exception>
    public CsvSchema WithWeights(string header) => Replace(header, Role.Weights);

    internal bool Has(Role role) => Array.Exists(_mappings, m => m.Role == role);

    private CsvSchema Replace(string header, Role role)
        => new CsvSchema(Array.FindAll(_mappings, m => m.Role != role)).Add(header, header, role);

    private CsvSchema Add(string header, string name, Role role)
    {
        Guard.NotEmpty(header);
        Guard.NotEmpty(name);
        header = header.Trim();
        foreach (var m in _mappings)
        {
            if (string.Equals(m.Header, header, StringComparison.Ordinal))
            {
                throw new ArgumentException($"The header '{header}' is already read as column '{m.Name}'.", nameof(header));
            }

            if (role is Role.Numeric or Role.Categorical
                && m.Role is Role.Numeric or Role.Categorical
                && string.Equals(m.Name, name, StringComparison.Ordinal))
            {
                throw new ArgumentException($"A column named '{name}' is already in the schema.", nameof(name));
            }
        }

        return new CsvSchema([.. _mappings, new Mapping(header, name, role)]);
    }

    internal readonly record struct Mapping(string Header, string Name, Role Role);
}
