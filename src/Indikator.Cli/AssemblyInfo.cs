using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Indikator.Core.Tests")]
