using Indikator.Core.Indicators.Work;

namespace Indikator.Core.Tests.Indicators.Work;

public class PriorityGroupTests
{
    [Fact]
    public void A_group_keeps_its_conditions_in_order_and_compares_by_value()
    {
        var conditions = new[] { GroupCondition.Compare("age", GroupOperator.LessThan, 30), GroupCondition.OneOf("origin", "utenfor_eos") };
        var group = new PriorityGroup("young from outside the EEA", conditions);
        conditions[0] = GroupCondition.Compare("age", GroupOperator.LessThan, 99);
        Assert.Equal("young from outside the EEA: age < 30 and origin in [utenfor_eos]", group.ToString());
        Assert.Equal(group, new PriorityGroup("young from outside the EEA", GroupCondition.Compare("age", GroupOperator.LessThan, 30), GroupCondition.OneOf("origin", "utenfor_eos")));
        Assert.Equal(group.GetHashCode(), new PriorityGroup(group.Name, [.. group.Conditions]).GetHashCode());
    }

    [Fact]
    public void A_group_needs_a_name_and_a_condition()
    {
        Assert.Contains("'g' needs at least one condition", Assert.Throws<ArgumentException>(() => new PriorityGroup("g")).Message, StringComparison.Ordinal);
        Assert.Contains("'g': condition 0 is null", Assert.Throws<ArgumentException>(() => new PriorityGroup("g", [null!])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new PriorityGroup(string.Empty, GroupCondition.OneOf("a", "b")));
    }
}
