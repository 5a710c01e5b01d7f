using System.Net;
using System.Net.Sockets;

namespace Brand.Cms.Tests.Faults;

/// <summary>
/// A TCP proxy on 127.0.0.1 in front of a server (the test PostgreSQL), for fault tests: <see cref="CloseAsync"/>
/// cuts every open connection and refuses new ones, as a database server that went away or a network cut
/// would; <see cref="Open"/> lets connections through again. The app is pointed at <see cref="Port"/>.
/// </summary>
public sealed class TcpGate : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly string _targetHost;
    private readonly int _targetPort;
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _lock = new();
    private readonly List<TcpClient> _connections = [];
    private readonly Task _accepting;
    private volatile bool _open = true;

    public TcpGate(string targetHost, int targetPort)
    {
        _targetHost = targetHost;
        _targetPort = targetPort;
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _accepting = AcceptAsync();
    }

    public int Port { get; }

    public bool IsOpen => _open;

    /// <summary>How many connections were forwarded since the gate was made (to check the app really goes through it).</summary>
    public int Forwarded { get; private set; }

    /// <summary>Cuts every connection (a reset, not a polite close) and refuses new ones until <see cref="Open"/>.</summary>
    public Task CloseAsync()
    {
        _open = false;
        List<TcpClient> cut;
        lock (_lock)
        {
            cut = [.. _connections];
            _connections.Clear();
        }

        foreach (var client in cut)
        {
            try
            {
                if (client.Client is { } socket)
                {
                    socket.LingerState = new LingerOption(true, 0); // RST: the peer sees "connection reset"
                }

                client.Close();
            }
            catch (Exception ex) when (ex is ObjectDisposedException or SocketException)
            {
                // Already closed by its pump.
            }
        }

        return Task.CompletedTask;
    }

    public void Open() => _open = true;

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient incoming;
            try
            {
                incoming = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            if (!_open)
            {
                // Refused: the listener stays bound (the port is not taken by someone else), the client is reset at once.
                incoming.Client.LingerState = new LingerOption(true, 0);
                incoming.Close();
                continue;
            }

            _ = ForwardAsync(incoming);
        }
    }

    private async Task ForwardAsync(TcpClient incoming)
    {
        var outgoing = new TcpClient();
        try
        {
            await outgoing.ConnectAsync(_targetHost, _targetPort, _stop.Token);
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException)
        {
            incoming.Close();
            outgoing.Dispose();
            return;
        }

        lock (_lock)
        {
            if (!_open)
            {
                incoming.Close();
                outgoing.Close();
                return;
            }

            _connections.Add(incoming);
            _connections.Add(outgoing);
            Forwarded++;
        }

        using (incoming)
        using (outgoing)
        {
            var a = incoming.GetStream();
            var b = outgoing.GetStream();
            await Task.WhenAny(Pump(a, b), Pump(b, a));
        }

        lock (_lock)
        {
            _connections.Remove(incoming);
            _connections.Remove(outgoing);
        }
    }

    private async Task Pump(NetworkStream from, NetworkStream to)
    {
        var buffer = new byte[16384];
        try
        {
            int read;
            while ((read = await from.ReadAsync(buffer, _stop.Token)) > 0)
            {
                await to.WriteAsync(buffer.AsMemory(0, read), _stop.Token);
            }
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or OperationCanceledException or SocketException)
        {
            // The other side closed or the gate cut it: the pair is torn down by the caller.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await CloseAsync();
        try
        {
            await _accepting;
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }

        _stop.Dispose();
    }
}
