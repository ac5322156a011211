namespace Moderation.Service.Messaging;

/// <summary>Waits for a publish's broker confirm at most a given time, for decisions and moderators' verdicts alike.</summary>
/// <remarks>RabbitMQ.Client can leave a confirm pending forever when the broker restarts mid-publish (seen under load in the
/// broker-restart fault test: a batch stuck in <c>MaybeWaitForConfirmationAsync</c>, the endpoint's batch slots with it).
/// WaitAsync as well, so a transport that ignores the token cannot hold the caller either.</remarks>
public static class BrokerConfirm
{
    /// <summary>Runs <paramref name="publish"/> (given a token that ends the wait) and waits for its confirms at most
    /// <paramref name="timeout"/>; throws <see cref="TimeoutException"/> naming <paramref name="setting"/> when they did not all
    /// come, and <see cref="OperationCanceledException"/> when <paramref name="cancellationToken"/> ended the wait.</summary>
    public static async Task WithinAsync(TimeSpan timeout, string setting, Func<CancellationToken, Task> publish, CancellationToken cancellationToken = default)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(timeout);
        try
        {
            await publish(wait.Token).WaitAsync(timeout, cancellationToken);
        }
        catch (Exception error) when (error is OperationCanceledException or TimeoutException && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The broker did not confirm the publish within {timeout} ({setting}).", error);
        }
    }
}
