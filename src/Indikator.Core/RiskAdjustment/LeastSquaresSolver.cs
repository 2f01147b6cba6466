namespace Indikator.Core.RiskAdjustment;

/// <summary>How the least-squares problem on the demeaned design is solved.</summary>
public enum LeastSquaresSolver
{
    /// <summary>Householder QR when the design has at most 4 million cells (rows x columns); otherwise the normal
    /// equations, refined iteratively, switching to QR when the condition number of the scaled design exceeds 1e6.</summary>
    Auto,

    /// <summary>Householder QR on column-scaled data (holds a weighted copy of the design).</summary>
    Qr,

    /// <summary>Cholesky on the scaled cross-product matrix, streamed over row blocks (no copy of the design);
    /// refined (when the condition exceeds 100) by two steps of iterative refinement on residuals recomputed from the data; falls back to QR when the condition number of the scaled design exceeds 1e6.</summary>
    NormalEquations,
}
