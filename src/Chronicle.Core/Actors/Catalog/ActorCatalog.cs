using System.Collections.Frozen;
using Chronicle.Core.Actors.Recognition;
using Chronicle.Core.Actors.Text;
using Chronicle.Core.Model;

namespace Chronicle.Core.Actors.Catalog;

/// <summary>
/// The curated actors, indexed for recognition: a gazetteer of names and aliases (plus role-title forms,
/// as negative targets), demonyms of countries, role holders by title, and the name words that help
/// classify unknown names. Immutable once built; share one instance across threads.
/// </summary>
public sealed class ActorCatalog
{
    public const string DefaultFileName = "actors.json";

    private readonly Dictionary<string, int> _byId;
    private readonly Dictionary<string, int> _byKey;

    private ActorCatalog(
        IReadOnlyList<ActorDefinition> actors, IReadOnlyList<TitleDefinition> titles, IReadOnlyList<string> governmentNouns, IReadOnlyList<string> givenNames,
        IReadOnlyList<string> agentNouns, IReadOnlyList<string> groupNouns)
    {
        Actors = actors;
        Titles = titles;
        _byId = actors.Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        Gazetteer = new Gazetteer();
        _byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var demonyms = new Dictionary<string, int>(StringComparer.Ordinal);
        var surnames = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var surnamesOf = new List<string>[actors.Count];
        for (var i = 0; i < actors.Count; i++)
        {
            var a = actors[i];
            Gazetteer.Add(a.Name, i, canonical: true);
            _byKey.TryAdd(PhraseKey(a.Name), i);
            foreach (var alias in a.Aliases)
            {
                Gazetteer.Add(alias, i, canonical: false);
                _byKey.TryAdd(PhraseKey(alias), i);
            }

            foreach (var d in a.Demonyms)
            {
                demonyms.TryAdd(NameKey.Exact(d), i);
            }

            surnamesOf[i] = [];
            if (a.Kind == ActorKind.Person)
            {
                foreach (var name in a.Aliases.Prepend(a.Name))
                {
                    if (Surname(name) is { } s)
                    {
                        AddTo(surnames, s, i);
                        AddTo(surnames, "~" + NameKey.Transliterate(s), i);
                        if (!surnamesOf[i].Contains(s))
                        {
                            surnamesOf[i].Add(s);
                        }
                    }
                }
            }
        }

        for (var t = 0; t < titles.Count; t++)
        {
            foreach (var form in titles[t].Forms.Prepend(titles[t].Title))
            {
                Gazetteer.Add(form.ToLowerInvariant() == form || form.ToUpperInvariant() == form ? form : form.ToLowerInvariant(), TitleTarget(t), canonical: false, allowTransliteration: false);
            }
        }

        SurnamesOf = surnamesOf;
        Demonyms = demonyms.ToFrozenDictionary(StringComparer.Ordinal);
        SurnameHolders = surnames.ToFrozenDictionary(kv => kv.Key, kv => (IReadOnlyList<int>)kv.Value, StringComparer.Ordinal);
        GovernmentNouns = governmentNouns.Select(s => NameKey.Exact(s)).ToFrozenSet(StringComparer.Ordinal);
        GivenNames = givenNames.Select(s => NameKey.Exact(s)).ToFrozenSet(StringComparer.Ordinal);
        AgentNouns = agentNouns.Select(s => NameKey.Exact(s)).ToFrozenSet(StringComparer.Ordinal);
        GroupNouns = groupNouns.Select(s => NameKey.Exact(s)).ToFrozenSet(StringComparer.Ordinal);
        Umbrellas = actors.SelectMany(a => a.MemberOf).ToFrozenSet(StringComparer.Ordinal);
        RoleHolders = titles.Select(t => (IReadOnlyList<(int Actor, RoleDefinition Role)>)actors
                .SelectMany((a, i) => a.Roles.Where(r => string.Equals(r.Title, t.Title, StringComparison.OrdinalIgnoreCase)).Select(r => (i, r)))
                .ToList())
            .ToList();
    }

    public IReadOnlyList<ActorDefinition> Actors { get; }

    public IReadOnlyList<TitleDefinition> Titles { get; }

    public Gazetteer Gazetteer { get; }

    /// <summary>Exact key of a demonym ("iraqi", "american", "us") → the country's index.</summary>
    public FrozenDictionary<string, int> Demonyms { get; }

    /// <summary>
    /// Surname key → persons whose name ends with it; transliteration keys are stored with a leading '~'.
    /// Surnames resolve only inside a document that names the person in full.
    /// </summary>
    public FrozenDictionary<string, IReadOnlyList<int>> SurnameHolders { get; }

    /// <summary>For each actor (by index), the exact keys of the last words of its multi-word person names.</summary>
    public IReadOnlyList<IReadOnlyList<string>> SurnamesOf { get; }

    public FrozenSet<string> GovernmentNouns { get; }

    public FrozenSet<string> GivenNames { get; }

    /// <summary>Plural nouns through which a state acts ("Iraqi officials", "American troops" name the state).</summary>
    public FrozenSet<string> AgentNouns { get; }

    /// <summary>Nouns of non-state groups ("Iraqi militias", "Syrian rebels": a group of its own, not the state).</summary>
    public FrozenSet<string> GroupNouns { get; }

    /// <summary>Ids of the actors that others are members of (umbrellas such as the Islamic Resistance in Iraq).</summary>
    public FrozenSet<string> Umbrellas { get; }

    /// <summary>For each title (by index), every (actor, role) with that title.</summary>
    public IReadOnlyList<IReadOnlyList<(int Actor, RoleDefinition Role)>> RoleHolders { get; }

    /// <summary>Gazetteer targets below zero are titles: title index t is target -(t + 1).</summary>
    public static int TitleTarget(int title) => -(title + 1);

    public int TitleOfTarget(int target) => -target - 1;

    public ActorDefinition this[int index] => Actors[index];

    public int IndexOf(string id) => _byId.TryGetValue(id, out var i) ? i : -1;

    /// <summary>Finds an actor by id, name or alias (any case, diacritics, "al-", transliteration-insensitive).</summary>
    public ActorDefinition? Find(string nameOrId)
    {
        if (_byId.TryGetValue(nameOrId, out var i))
        {
            return Actors[i];
        }

        return _byKey.TryGetValue(PhraseKey(nameOrId), out var j) ? Actors[j] : null;
    }

    /// <summary>
    /// A whole phrase's lookup key: its pieces' transliteration keys, articles dropped, joined by spaces
    /// ("Kata'ib Hezbollah" and "kataeb hizbullah" meet).
    /// </summary>
    public static string PhraseKey(string phrase)
    {
        var pieces = PieceScanner.Scan(phrase);
        return string.Join(' ', pieces.Where(p => !p.Has(PieceFlags.Article))
            .Select(p => NameKey.Transliterate(NameKey.Exact(p.Span.Slice(phrase)))));
    }

    /// <summary>The exact key of a multi-piece name's last piece ("Mohammed Shia al-Sudani" → "sudani"); null for one-piece names.</summary>
    public static string? Surname(string name)
    {
        var pieces = PieceScanner.Scan(name).Where(p => !p.Has(PieceFlags.Article)).ToList();
        return pieces.Count >= 2 ? NameKey.Exact(pieces[^1].Span.Slice(name)) : null;
    }

    public static ActorCatalog Load(Stream stream, string source)
    {
        var (actors, titles, nouns, given, agents, groups) = ActorFileReader.Read(stream, source);
        return new ActorCatalog(actors, titles, nouns, given, agents, groups);
    }

    public static ActorCatalog Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new ActorFileException($"{path}: actor file not found");
        }

        using var stream = File.OpenRead(path);
        return Load(stream, path);
    }

    /// <summary>The file shipped next to the binaries (data/actors.json; the projects copy data/** to their output).</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "data", DefaultFileName);

    public static ActorCatalog LoadDefault() => Load(DefaultPath);

    private static void AddTo(Dictionary<string, List<int>> map, string key, int value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        if (!list.Contains(value))
        {
            list.Add(value);
        }
    }
}
