using System.Xml.Linq;
using Indikator.Core.Reporting;

namespace Indikator.Core.Tests.Reporting;

public class MarkupTests
{
    [Theory]
    [InlineData("plain æøå", "plain æøå")]
    [InlineData("<a href='x'>&</a>", "&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;")]
    [InlineData("say \"hi\"", "say &quot;hi&quot;")]
    public void Escapes_the_five_markup_characters_and_keeps_other_text(string text, string expected)
        => Assert.Equal(expected, Markup.Escape(text));

    [Fact]
    public void Control_characters_are_replaced_so_the_result_is_valid_XML()
    {
        var escaped = Markup.Escape("a\u0001b\tc");

        Assert.Equal("a\uFFFDb\tc", escaped);
        Assert.Equal("a\uFFFDb\tc", XElement.Parse("<t>" + escaped + "</t>").Value);
    }
}
