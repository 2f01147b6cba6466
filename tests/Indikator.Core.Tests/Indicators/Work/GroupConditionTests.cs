using Indikator.Core.Indicators.Work;

namespace Indikator.Core.Tests.Indicators.Work;

public class GroupConditionTests
{
    [Fact]
    public void Conditions_print_as_in_the_documentation_and_compare_by_value()
    {
        Assert.Equal("age < 30", GroupCondition.Compare("age", GroupOperator.LessThan, 30).ToString());
        Assert.Equal("months_since_registration >= 12", GroupCondition.Compare("months_since_registration", GroupOperator.AtLeast, 12).ToString());
        Assert.Equal("need_category not in [standard]", GroupCondition.NoneOf("need_category", "standard").ToString());
        Assert.Equal(GroupCondition.OneOf("origin", "a", "b"), GroupCondition.OneOf("origin", "a", "b"));
        Assert.NotEqual(GroupCondition.OneOf("origin", "a", "b"), GroupCondition.OneOf("origin", "b", "a"));
        Assert.True(GroupCondition.OneOf("origin", "a").IsCategorical);
        Assert.True(double.IsNaN(GroupCondition.OneOf("origin", "a").Value));
    }

    [Fact]
    public void Bad_conditions_are_refused_with_the_column_named()
    {
        Assert.Contains("In is not a comparison", Assert.Throws<ArgumentException>(() => GroupCondition.Compare("age", GroupOperator.In, 3)).Message, StringComparison.Ordinal);
        Assert.Contains("finite", Assert.Throws<ArgumentException>(() => GroupCondition.Compare("age", GroupOperator.LessThan, double.NaN)).Message, StringComparison.Ordinal);
        Assert.Contains("'origin': at least one category", Assert.Throws<ArgumentException>(() => GroupCondition.OneOf("origin")).Message, StringComparison.Ordinal);
        Assert.Contains("category 'a' is repeated", Assert.Throws<ArgumentException>(() => GroupCondition.NoneOf("origin", "a", "a")).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => GroupCondition.OneOf(string.Empty, "a"));
    }
}
