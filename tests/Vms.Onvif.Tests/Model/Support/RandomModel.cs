using System.Collections;
using System.Reflection;
using System.Xml.Linq;

namespace Vms.Onvif.Tests.Model.Support;

/// <summary>Builds model records filled with seeded random values, by reflection over their constructors and init
/// properties. Values respect what the wire can carry (tokens of 1..20 characters without edge whitespace, times in
/// whole milliseconds, lists of 1..3 items); <see cref="For{T}"/> overrides a property where a message has a
/// stricter rule (at least 3 polygon points, a time of day without milliseconds, ...).</summary>
public sealed class RandomModel(int seed)
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private const string Inner = Alphabet + "-_./ &<>'\"é";
    private readonly Random _random = new(seed);
    private readonly NullabilityInfoContext _nullability = new();
    private readonly Dictionary<(Type, string), Func<RandomModel, object?>> _overrides = [];
    private readonly Dictionary<Type, Func<RandomModel, object>> _types = [];

    public Random Random => _random;

    /// <summary>Generates <paramref name="property"/> of <typeparamref name="T"/> (property or constructor parameter name) with <paramref name="create"/>.</summary>
    public RandomModel For<T>(string property, Func<RandomModel, object?> create)
    {
        _overrides[(typeof(T), property)] = create;
        return this;
    }

    /// <summary>Generates every value of type <typeparamref name="T"/> with <paramref name="create"/>.</summary>
    public RandomModel ForType<T>(Func<RandomModel, T> create)
        where T : notnull
    {
        _types[typeof(T)] = r => create(r);
        return this;
    }

    public T Create<T>() => (T)Create(typeof(T), 0);

    public string Text(int min = 1, int max = 20)
    {
        var length = _random.Next(min, max + 1);
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            var pool = i == 0 || i == length - 1 ? Alphabet : Inner;
            chars[i] = pool[_random.Next(pool.Length)];
        }

        return new string(chars);
    }

    /// <summary>Letters and digits only: an item of a whitespace-separated list attribute.</summary>
    public string Word(int min = 1, int max = 12) => new([.. Enumerable.Range(0, _random.Next(min, max + 1)).Select(_ => Alphabet[_random.Next(Alphabet.Length)])]);

    /// <summary>A valid XML name (letter first), e.g. a topic path segment.</summary>
    public string Name() => Alphabet[_random.Next(52)] + Word(0, 10);

    public float Float(float min = -1, float max = 1) => min + ((float)_random.NextDouble() * (max - min));

    public bool Chance(double probability = 0.5) => _random.NextDouble() < probability;

    public List<T> ListOf<T>(Func<RandomModel, T> create, int min = 1, int max = 3) =>
        [.. Enumerable.Range(0, _random.Next(min, max + 1)).Select(_ => create(this))];

    public DateTimeOffset UtcSeconds() =>
        new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(_random.Next(0, 400_000_000));

    public object Create(Type type, int depth)
    {
        if (_types.TryGetValue(type, out var custom))
        {
            return custom(this);
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Create(underlying, depth);
        }

        if (type == typeof(string))
        {
            return Text();
        }

        if (type == typeof(int))
        {
            return _random.Next(-5, 100_000);
        }

        if (type == typeof(float))
        {
            return Float(-1000, 1000);
        }

        if (type == typeof(bool))
        {
            return Chance();
        }

        if (type == typeof(TimeSpan))
        {
            return TimeSpan.FromMilliseconds(_random.Next(0, 200_000_000));
        }

        if (type == typeof(DateTimeOffset))
        {
            return UtcSeconds().AddMilliseconds(_random.Next(0, 1000));
        }

        if (type == typeof(DateTime))
        {
            return new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Unspecified).AddSeconds(_random.Next(0, 400_000_000));
        }

        if (type.IsEnum)
        {
            var values = Enum.GetValues(type);
            return values.GetValue(_random.Next(values.Length))!;
        }

        if (type == typeof(XElement))
        {
            // raw content (a service's capabilities, reference parameters): a small schema-valid element
            return new XElement(
                OnvifNamespaces.Media2 + "Capabilities",
                new XAttribute("SnapshotUri", Chance() ? "true" : "false"),
                new XElement(OnvifNamespaces.Media2 + "ProfileCapabilities", new XAttribute("MaximumNumberOfProfiles", _random.Next(1, 10))),
                new XElement(OnvifNamespaces.Media2 + "StreamingCapabilities"));
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(IReadOnlyList<>) || definition == typeof(List<>) || definition == typeof(IEnumerable<>)))
        {
            var itemType = type.GetGenericArguments()[0];
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(itemType))!;
            var count = depth > 6 ? 1 : _random.Next(1, 4);
            for (var i = 0; i < count; i++)
            {
                list.Add(Create(itemType, depth + 1));
            }

            return list;
        }

        return CreateRecord(type, depth);
    }

    private object CreateRecord(Type type, int depth)
    {
        if (depth > 12)
        {
            throw new InvalidOperationException("model nesting too deep at " + type.Name);
        }

        var constructor = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            .Where(c => !c.GetParameters().Any(p => p.ParameterType == type))
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault()
            ?? throw new InvalidOperationException("no public constructor on " + type.Name);
        var arguments = constructor.GetParameters()
            .Select(p => Value(type, p.Name!, p.ParameterType, _nullability.Create(p).WriteState, depth))
            .ToArray();
        var instance = constructor.Invoke(arguments);
        if (arguments.Length == 0)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true }))
            {
                property.SetValue(instance, Value(type, property.Name, property.PropertyType, _nullability.Create(property).WriteState, depth));
            }
        }

        return instance;
    }

    private object? Value(Type owner, string name, Type type, NullabilityState nullability, int depth)
    {
        if (_overrides.TryGetValue((owner, name), out var create) || _overrides.TryGetValue((owner, char.ToUpperInvariant(name[0]) + name[1..]), out create))
        {
            return create(this);
        }

        var nullable = nullability == NullabilityState.Nullable || Nullable.GetUnderlyingType(type) is not null;
        return nullable && Chance(0.3) ? null : Create(type, depth + 1);
    }
}
