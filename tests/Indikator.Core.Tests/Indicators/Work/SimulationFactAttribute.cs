namespace Indikator.Core.Tests.Indicators.Work;

/// <summary>A fact for the repeated simulations behind docs/arbeidsindikatoren.md: several minutes, so it runs only
/// when the environment variable INDIKATOR_SIMULATION is 1 (and is reported as skipped otherwise).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SimulationFactAttribute : FactAttribute
{
    public SimulationFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("INDIKATOR_SIMULATION") != "1")
        {
            Skip = "Repeated simulation; set INDIKATOR_SIMULATION=1 to run it.";
        }
    }
}
