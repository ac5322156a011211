using Moderation.Features;

namespace Moderation.Core.Tests.Features;

public class SlotBlockTests
{
    [Theory]
    [InlineData(10)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(18)]
    [InlineData(24)]
    public void Sorts_slots_as_a_comparison_sort_does(int hashBits)
    {
        var random = new Random(hashBits);
        foreach (var length in new[] { 0, 1, 2, 15, 16, 17, 63, 200, 1000, 5000, 16384, 16385, 40000 })
        {
            var keys = Enumerable.Range(0, length).Select(_ => random.Next(1 << hashBits)).ToArray();
            // Duplicates, as repeated n-grams give.
            for (var i = 1; i < keys.Length; i += 7)
            {
                keys[i] = keys[i - 1];
            }

            var expected = keys.Order().ToArray();

            SlotBlock.Sort(keys, new int[keys.Length], hashBits);

            keys.Should().Equal(expected);
        }
    }

    [Fact]
    public void Gives_one_plus_the_log_of_the_count_as_a_running_float_count_would()
    {
        foreach (var count in new[] { 1, 2, 3, 17, 255, 256, 1000, 1 << 24, (1 << 24) + 3 })
        {
            var running = 0f;
            for (var i = 0; i < Math.Min(count, (1 << 24) + 3); i++)
            {
                running += 1;
            }

            SlotBlock.SublinearCount(count).Should().Be(1 + MathF.Log(running), $"count {count}");
        }
    }
}
