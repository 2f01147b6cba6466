namespace Indikator.Core.Evaluation;

/// <summary>The pre-trial placebo test: a joint Wald test that every lead of the event study is zero.</summary>
/// <param name="Leads">The number of leads tested, m.</param>
/// <param name="FStatistic">W / m with W = theta' V^-1 theta over the leads; NaN when it cannot be computed (see <paramref name="Note"/>).</param>
/// <param name="DenominatorDegreesOfFreedom">G - 1 for G office clusters.</param>
/// <param name="PValue">P(F(m, G - 1) &gt; FStatistic).</param>
/// <param name="Note">Why the test is missing, or empty.</param>
/// <remarks>
/// <para>A small p-value says the trial offices already moved away from their controls before the start: a failure of
/// parallel trends (or anticipation), which the effect estimates rest on. A large one is no proof of parallel trends;
/// with few offices the test has little power (Roth 2022).</para>
/// <para>This type is immutable and thread safe.</para>
/// </remarks>
public sealed record PlaceboTest(int Leads, double FStatistic, double DenominatorDegreesOfFreedom, double PValue, string Note);
