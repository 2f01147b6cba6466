namespace Indikator.Core.Data;

/// <summary>A column a typed source offers: its name, its kind and the source's own type name for messages.</summary>
/// <param name="Name">The column name in the source.</param>
/// <param name="Type">The kind of values.</param>
/// <param name="TypeName">The type as the source names it, for example <c>VARCHAR</c> or <c>double precision</c>.</param>
internal readonly record struct SourceColumn(string Name, SourceType Type, string TypeName);
