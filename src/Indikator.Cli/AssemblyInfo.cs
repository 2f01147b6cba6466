using System.Runtime.CompilerServices;

// The commands' logic is tested in-process.
[assembly: InternalsVisibleTo("Indikator.Core.Tests")]
