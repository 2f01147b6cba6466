using System.Globalization;

namespace Indikator.Core.RiskAdjustment;

/// <summary>The fixed-effect projection did not converge and <see cref="FitOptions.RequireConvergence"/> was set.</summary>
/// <remarks>Without that option the fit returns and records the fact (<see cref="AbsorptionSummary.Converged"/>).
/// Raise <see cref="FitOptions.MaxIterations"/>, loosen <see cref="FitOptions.Tolerance"/>, or remove a fixed effect whose
/// levels are nearly nested in another. This type is immutable and thread safe.</remarks>
public sealed class FitNotConvergedException : InvalidOperationException
{
    /// <summary>Creates an exception with a default message.</summary>
    public FitNotConvergedException()
        : this("The fixed-effect projection did not converge.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">The message.</param>
    public FitNotConvergedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public FitNotConvergedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception for a projection that stopped after <paramref name="iterations"/> sweeps.</summary>
    /// <param name="iterations">The sweeps made.</param>
    /// <param name="tolerance">The tolerance that was not reached.</param>
    public FitNotConvergedException(int iterations, double tolerance)
        : base(string.Create(
            CultureInfo.InvariantCulture,
            $"The fixed-effect projection did not converge in {iterations} iterations to tolerance {tolerance:G3}. Raise MaxIterations, loosen Tolerance, or remove a fixed effect nearly nested in another."))
    {
        Iterations = iterations;
    }

    /// <summary>Gets the iterations made, or 0 when unknown.</summary>
    public int Iterations { get; }
}
