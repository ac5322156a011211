using Moderation.Decisions;

namespace Moderation.Core.Tests.Decisions;

public class CategoryNamesTests
{
    [Theory]
    [InlineData(Category.PersonalData, "personal-data")]
    [InlineData(Category.FalseNews, "false-news")]
    [InlineData(Category.Hate, "hate")]
    [InlineData(Category.Invalid, "invalid")]
    public void Writes_the_wire_name_of_a_category(Category category, string wire) => category.ToWire().Should().Be(wire);

    [Fact]
    public void Reads_back_every_wire_name()
    {
        foreach (var category in Enum.GetValues<Category>())
        {
            CategoryNames.TryParse(category.ToWire(), out var parsed).Should().BeTrue();
            parsed.Should().Be(category);
        }
    }

    [Fact]
    public void Refuses_an_unknown_name() => CategoryNames.TryParse("trolling", out _).Should().BeFalse();
}
