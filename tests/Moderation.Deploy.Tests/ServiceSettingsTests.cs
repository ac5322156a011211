namespace Moderation.Deploy.Tests;

/// <summary>The settings check itself: it must know the service's options and refuse what the service does not read.</summary>
public class ServiceSettingsTests
{
    [Theory]
    [InlineData("ConnectionStrings__RabbitMq")]
    [InlineData("ConnectionStrings__Redis")]
    [InlineData("Moderation__PrefetchCount")]
    [InlineData("Moderation__QueueType")]
    [InlineData("Moderation__Spam__CampaignMinLetters")]
    [InlineData("Moderation__RetryIntervals__0")]
    [InlineData("Api__Key")]
    [InlineData("Review__Accounts__0__PasswordHash")]
    [InlineData("Proxy__KnownNetworks__0")]
    public void Knows_a_setting_the_service_reads(string variable) => ServiceSettings.Knows(variable).Should().BeTrue();

    [Theory]
    [InlineData("Moderation__PrefechCount")]
    [InlineData("ConnectionStrings__RabbitMQ_Url")]
    [InlineData("Moderation__Spam__NoSuchThreshold")]
    [InlineData("REDIS_URL")]
    [InlineData("Review__Accounts__0__Password")]
    public void Refuses_a_variable_the_service_does_not_read(string variable) => ServiceSettings.Knows(variable).Should().BeFalse();
}
