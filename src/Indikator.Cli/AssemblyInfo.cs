using System.Runtime.CompilerServices;

// The fit command's logic is tested in-process.
[assembly: InternalsVisibleTo("Indikator.Core.Tests")]
