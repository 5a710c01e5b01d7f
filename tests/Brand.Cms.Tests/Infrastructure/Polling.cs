using System.Diagnostics;

namespace Brand.Cms.Tests.Infrastructure;

/// <summary>Waiting for something another process or a background worker makes true: the one polling loop of the tests.</summary>
public static class Polling
{
    /// <summary>How long until <paramref name="check"/> holds, looking every <paramref name="every"/> (10 ms by default); null when it never did within <paramref name="limit"/>.</summary>
    public static async Task<TimeSpan?> TimeUntilAsync(Func<Task<bool>> check, TimeSpan limit, TimeSpan? every = null)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            if (await check())
            {
                return clock.Elapsed;
            }

            await Task.Delay(every ?? TimeSpan.FromMilliseconds(10));
        }

        return null;
    }

    /// <summary>Fails the test unless <paramref name="check"/> holds within <paramref name="seconds"/>, looking every 200 ms.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> check, int seconds = 20) =>
        Assert.True(await TimeUntilAsync(check, TimeSpan.FromSeconds(seconds), TimeSpan.FromMilliseconds(200)) is not null, $"not reached within {seconds} s");
}
