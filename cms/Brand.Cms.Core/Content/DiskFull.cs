namespace Brand.Cms.Core.Content;

/// <summary>
/// Tells "no space left on the device" from other I/O failures, so an upload that meets a full disk says so
/// plainly (and cleans up) instead of showing the generic error page.
/// </summary>
public static class DiskFull
{
    private const int Enospc = 28; // Linux and macOS errno; .NET puts the raw errno in HResult on Unix
    private const int ErrorDiskFull = 112;
    private const int ErrorHandleDiskFull = 39;

    public static bool Is(Exception exception)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            if (ex is IOException io)
            {
                var code = io.HResult & 0xFFFF;
                if (OperatingSystem.IsWindows() ? code is ErrorDiskFull or ErrorHandleDiskFull : code == Enospc
                    || io.Message.Contains("No space left on device", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
