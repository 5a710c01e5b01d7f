using System.Net;
using System.Net.Sockets;
using Brand.Cms.Tests.Infrastructure;
using Brand.PublicApi.Access;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Brand.Cms.Tests.PublicApi.Access;

/// <summary>
/// One site for the access tests, with small quotas, a few partner keys and <see cref="AccessTestEndpoint"/>.
/// Quotas are per minute and the site is shared: each test counts against its own partitions (its own
/// loopback address, its own partner), so the tests do not eat into each other's quotas, in any order.
/// </summary>
public sealed class AccessSite : IAsyncLifetime
{
    public const int AnonymousPerMinute = 3;
    public const int PartnerPerMinute = 6;

    /// <summary>Partner names and their keys, configured by hash only, as in production.</summary>
    public static IReadOnlyDictionary<string, string> Keys { get; } = new[] { "Région Bretagne", "Région Occitanie", "Ville de Rennes", "Métropole de Lyon" }
        .ToDictionary(p => p, _ => PartnerKeys.NewKey(), StringComparer.Ordinal);

    private readonly SqliteTestDatabase _database = new();

    public SiteServer Site { get; private set; } = null!;

    public Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Brand:SeedOnEmptyDatabase"] = "false",
            ["PublicApi:Access:AnonymousPerMinute"] = AnonymousPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["PublicApi:Access:PartnerPerMinute"] = PartnerPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (partner, i) in Keys.Keys.Select((p, i) => (p, i)))
        {
            settings[$"PublicApi:Access:PartnerKeys:{i}:Partner"] = partner;
            settings[$"PublicApi:Access:PartnerKeys:{i}:Sha256"] = PartnerKeys.Hash(Keys[partner]);
        }

        Site = new SiteServer(_database, services: s => s.AddSingleton<IStartupFilter, AccessTestEndpoint>(), settings: settings);
        return Task.CompletedTask;
    }

    /// <summary>
    /// A client whose requests come from <paramref name="localAddress"/> (any 127.x.y.z: Linux answers the whole
    /// loopback network), which the site sees as the caller's address.
    /// </summary>
    public HttpClient ClientFrom(string localAddress) => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        ConnectCallback = async (context, ct) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(IPAddress.Parse(localAddress), 0));
                await socket.ConnectAsync(context.DnsEndPoint, ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    })
    { BaseAddress = Site.Http.BaseAddress };

    public async Task DisposeAsync()
    {
        if (Site is not null)
        {
            await Site.DisposeAsync();
        }

        await _database.DisposeAsync();
    }
}
