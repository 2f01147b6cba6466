using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Tests.RiskAdjustment;

public class CovarianceSpecTests
{
    [Fact]
    public void Unclustered_descriptions_do_not_mention_clusters()
    {
        var iid = CovarianceSpec.Iid().Description;
        var hc1 = CovarianceSpec.Robust().Description;

        Assert.Contains("(n-1)/(n-K), K with all fixed-effect levels", iid, StringComparison.Ordinal);
        Assert.Contains("n/(n-K)", hc1, StringComparison.Ordinal);
        Assert.DoesNotContain("G/(G-1)", iid + hc1, StringComparison.Ordinal);
        Assert.DoesNotContain("cluster", iid + hc1, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("no small-sample correction", CovarianceSpec.Robust(RobustType.HC3).Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Clustered_description_names_the_cluster_and_both_corrections()
    {
        var text = CovarianceSpec.Cluster("office").Description;

        Assert.Contains("Clustered by office", text, StringComparison.Ordinal);
        Assert.Contains("G/(G-1)", text, StringComparison.Ordinal);
        Assert.Contains("nested", text, StringComparison.Ordinal);
    }
}
