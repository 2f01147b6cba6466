namespace Indikator.Core.Tests.Reporting.Rendering;

/// <summary>
/// A fact that needs headless Chromium. When no browser is found the test is reported as skipped with the
/// reason, rather than passing without having looked at anything (xunit 2 has no skip from inside a test).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Executable is null)
        {
            Skip = Chromium.NotFoundReason;
        }
    }
}
