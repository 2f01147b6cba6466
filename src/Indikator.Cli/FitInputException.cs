namespace Indikator.Cli;

/// <summary>The input of <c>indikator fit</c> cannot be used; the message is shown to the user as it is.</summary>
internal sealed class FitInputException : Exception
{
    public FitInputException()
    {
    }

    public FitInputException(string message)
        : base(message)
    {
    }

    public FitInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
