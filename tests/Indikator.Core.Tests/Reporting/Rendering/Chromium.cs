using System.Diagnostics;
using System.Text;

namespace Indikator.Core.Tests.Reporting.Rendering;

/// <summary>Finds a Chromium-family browser and runs it headless with a private profile and a time limit.</summary>
internal static class Chromium
{
    /// <summary>The variable that names the browser executable, when it is not on the PATH.</summary>
    public const string Variable = "INDIKATOR_CHROMIUM";

    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    /// <summary>The browser to run, or null when there is none.</summary>
    public static string? Executable { get; } = Find();

    public static string NotFoundReason
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable(Variable);
            return string.IsNullOrEmpty(configured)
                ? $"No headless browser: none of {string.Join(", ", Names)} is on the PATH, and {Variable} is not set."
                : $"No headless browser: {Variable} is '{configured}', which is not a file.";
        }
    }

    /// <summary>
    /// Runs the browser headless on a local file with <paramref name="action"/> (such as <c>--screenshot=...</c>) and
    /// returns its standard output and its log (standard error without the D-Bus noise). The profile lives in <paramref name="workDirectory"/>, so runs do not share state.
    /// </summary>
    /// <exception cref="InvalidOperationException">The browser did not finish in time or exited with an error; the message holds its log.</exception>
    public static (string Output, string Log) Run(string workDirectory, string file, int width, int height, string action, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(Executable ?? throw new InvalidOperationException(NotFoundReason))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
                     "--disable-extensions", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--hide-scrollbars", "--force-device-scale-factor=1", "--force-color-profile=srgb",
                     "--user-data-dir=" + Path.Combine(workDirectory, "profile"),
                     $"--window-size={width},{height}",
                     action,
                     new Uri(Path.GetFullPath(file)).AbsoluteUri,
                 })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new InvalidOperationException($"{start.FileName} {action} did not finish within {timeout.TotalSeconds:0} s and was stopped.{Log(errors.Result)}");
        }

        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{start.FileName} {action} exited with code {process.ExitCode}.{Log(errors.Result)}");
        }

        return (output.Result, Log(errors.Result));
    }

    private static string Log(string errors)
    {
        // Without a desktop session Chromium logs many D-Bus connection errors that say nothing about the page.
        var lines = errors.Split('\n').Where(l => l.Length > 0 && !l.Contains("dbus", StringComparison.OrdinalIgnoreCase)).TakeLast(20).ToArray();
        return lines.Length == 0 ? " It wrote nothing else to standard error." : "\nIts standard error (last lines):\n" + string.Join('\n', lines);
    }

    private static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var name in Names)
        {
            foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                foreach (var candidate in new[] { Path.Combine(directory, name), Path.Combine(directory, name + ".exe") })
                {
                    if (File.Exists(candidate))
                    {
                        return candidate;
                    }
                }
            }
        }

        return null;
    }
}
