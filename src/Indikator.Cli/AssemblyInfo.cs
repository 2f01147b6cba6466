using System.Runtime.CompilerServices;

<<<<<<< HEAD
=======
// The fit command's logic is tested in-process.
>>>>>>> h-inference
[assembly: InternalsVisibleTo("Indikator.Core.Tests")]
