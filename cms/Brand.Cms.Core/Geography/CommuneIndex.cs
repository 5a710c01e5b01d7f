using System.Collections.ObjectModel;

namespace Brand.Cms.Core.Geography;

/// <summary>
/// The lookups behind <see cref="FranceGeography"/>, built once: postcodes in a dictionary, and postcodes
/// and folded names in sorted arrays, so a prefix is two binary searches and a scan of the run between.
/// The scan reads populations from an array beside the keys and touches a commune only when it may make
/// the list: a one-letter search runs over thousands of entries, which must not each be a cache miss.
/// </summary>
internal sealed class CommuneIndex
{
    private readonly Dictionary<string, ReadOnlyCollection<Commune>> _byPostcode;
    private readonly Keys _postcodes;
    private readonly Keys _names;

    public CommuneIndex(IReadOnlyList<Commune> communes)
    {
        _postcodes = new Keys(communes.SelectMany(c => c.Postcodes.Select(p => (p, c, false))));
        _byPostcode = communes
            .SelectMany(c => c.Postcodes.Select(p => (Postcode: p, Commune: c)))
            .GroupBy(e => e.Postcode, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.Select(e => e.Commune).OrderByDescending(c => c.Population).ToList().AsReadOnly(),
                StringComparer.Ordinal);

        // Each commune under its folded name and, if it has one, again without its article ("sables d olonne").
        _names = new Keys(communes.SelectMany(c =>
        {
            var folded = PlaceNameFolding.Fold(c.Name);
            var bare = PlaceNameFolding.WithoutArticle(folded);
            return bare is null ? new[] { (folded, c, false) } : [(folded, c, false), (bare, c, true)];
        }));
    }

    public IReadOnlyList<Commune> ForPostcode(string postcode) =>
        _byPostcode.TryGetValue(postcode, out var communes) ? communes : [];

    /// <summary>Communes with a postcode starting with <paramref name="prefix"/>, most populous first.</summary>
    public IReadOnlyList<Commune> ForPostcodePrefix(string prefix, int max) => _postcodes.Best(prefix, filter: null, max);

    /// <summary>
    /// Communes whose folded name starts with <paramref name="folded"/>: those named exactly so first, then
    /// the most populous, as a search box should ("villeneuve" lists the Villeneuves before Villeneuve-d'Ascq).
    /// A name matched only without its article is not exact: "saint" does not put Le Saint first.
    /// </summary>
    public IReadOnlyList<Commune> ForNamePrefix(string folded, Func<Commune, bool>? filter, int max) => _names.Best(folded, filter, max);

    /// <summary>Keys sorted ordinally, with their commune, its population and whether the key is a secondary form.</summary>
    private sealed class Keys
    {
        private readonly string[] _keys;
        private readonly Commune[] _communes;
        private readonly int[] _populations;
        private readonly bool[] _secondary;

        public Keys(IEnumerable<(string Key, Commune Commune, bool Secondary)> entries)
        {
            var sorted = entries.ToArray();
            _keys = Array.ConvertAll(sorted, e => e.Key);
            Array.Sort(_keys, sorted, StringComparer.Ordinal);
            _communes = Array.ConvertAll(sorted, e => e.Commune);
            _populations = Array.ConvertAll(sorted, e => e.Commune.Population);
            _secondary = Array.ConvertAll(sorted, e => e.Secondary);
        }

        public List<Commune> Best(string prefix, Func<Commune, bool>? filter, int max)
        {
            // Keys hold only letters, digits and spaces: those equal to the prefix sort below prefix + '\0',
            // and every key starting with it below prefix + char.MaxValue.
            var start = LowerBound(prefix);
            var exactEnd = LowerBound(prefix + '\0');
            var end = LowerBound(prefix + char.MaxValue);
            var best = new BestCommunes(max);
            for (var i = start; i < end; i++)
            {
                var exact = i < exactEnd && !_secondary[i];
                if (best.MayTake(exact, _populations[i]) && (filter is null || filter(_communes[i])))
                {
                    best.Offer(_communes[i], exact);
                }
            }

            return best.ToList();
        }

        /// <summary>The first index whose key is not less than <paramref name="value"/> (Array.BinarySearch finds any equal one, not the first).</summary>
        private int LowerBound(string value)
        {
            var (low, high) = (0, _keys.Length);
            while (low < high)
            {
                var mid = low + ((high - low) / 2);
                if (string.CompareOrdinal(_keys[mid], value) < 0)
                {
                    low = mid + 1;
                }
                else
                {
                    high = mid;
                }
            }

            return low;
        }
    }

    /// <summary>The best few offered, kept in order as they come: no sort of a run that may hold thousands.</summary>
    private sealed class BestCommunes(int max)
    {
        private readonly List<(Commune Commune, bool Exact)> _items = new(max + 1);

        /// <summary>False when a commune so ranked cannot beat the last of a full list; cheap, touches no commune.</summary>
        public bool MayTake(bool exact, int population)
        {
            if (_items.Count < max)
            {
                return true;
            }

            var (last, lastExact) = _items[^1];
            return exact != lastExact ? exact : population >= last.Population;
        }

        public void Offer(Commune commune, bool exact)
        {
            var at = _items.Count;
            while (at > 0 && Better(commune, exact, _items[at - 1]))
            {
                at--;
            }

            if (at >= max)
            {
                return;
            }

            // A commune can be offered twice (several postcodes, or a name with and without its article): keep its better rank.
            var existing = _items.FindIndex(e => ReferenceEquals(e.Commune, commune));
            if (existing >= 0 && existing < at)
            {
                return;
            }

            _items.Insert(at, (commune, exact));
            if (existing >= 0)
            {
                _items.RemoveAt(existing + 1);
            }
            else if (_items.Count > max)
            {
                _items.RemoveAt(max);
            }
        }

        public List<Commune> ToList() => _items.ConvertAll(e => e.Commune);

        private static bool Better(Commune commune, bool exact, (Commune Commune, bool Exact) other) =>
            exact != other.Exact ? exact
            : commune.Population != other.Commune.Population ? commune.Population > other.Commune.Population
            : string.CompareOrdinal(commune.Code, other.Commune.Code) < 0;
    }
}
