using System.Collections;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Indikator.Core.Internal;

/// <summary>Factory methods for <see cref="ValueMap{TKey, TValue}"/>.</summary>
internal static class ValueMap
{
    /// <summary>Copies <paramref name="items"/> into a read-only dictionary, so later changes to the caller's dictionary
    /// do not reach the holder. A <see cref="Dictionary{TKey, TValue}"/> keeps its key comparer (a case-insensitive
    /// dictionary stays case-insensitive); any other source gets the default comparer. An existing
    /// <see cref="ValueMap{TKey, TValue}"/> is returned as it is.</summary>
    public static ValueMap<TKey, TValue> Of<TKey, TValue>(IEnumerable<KeyValuePair<TKey, TValue>> items, [CallerMemberName] string? name = null)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(items, name);
        if (items is ValueMap<TKey, TValue> map)
        {
            return map;
        }

        var comparer = items is Dictionary<TKey, TValue> dictionary ? dictionary.Comparer : EqualityComparer<TKey>.Default;
        return new ValueMap<TKey, TValue>(new Dictionary<TKey, TValue>(items, comparer));
    }

    /// <summary>Like <see cref="Of{TKey, TValue}(IEnumerable{KeyValuePair{TKey, TValue}}, string)"/>, but null stays null.</summary>
    public static ValueMap<TKey, TValue>? OfOrNull<TKey, TValue>(IEnumerable<KeyValuePair<TKey, TValue>>? items)
        where TKey : notnull
        => items is null ? null : Of(items, nameof(items));

    /// <summary>Wraps a dictionary the library has just built and never writes again, without copying it.</summary>
    public static ValueMap<TKey, TValue> Wrap<TKey, TValue>(Dictionary<TKey, TValue> items)
        where TKey : notnull
    {
        Debug.Assert(items is not null, "The library passes its own dictionaries.");
        return new ValueMap<TKey, TValue>(items);
    }
}

/// <summary>A read-only dictionary with value equality: two maps are equal when they hold the same keys (by this
/// map's key comparer) with equal values.</summary>
/// <remarks>
/// <para>The dictionary counterpart of <see cref="ValueList{T}"/>: a caller cannot cast it back to a
/// <see cref="Dictionary{TKey, TValue}"/>, and a record holding it gets value equality. Enumeration follows the order
/// in which the entries were added.</para>
/// <para>This type is immutable and thread safe when its keys and values are.</para>
/// </remarks>
[DebuggerDisplay("Count = {Count}")]
internal sealed class ValueMap<TKey, TValue> : IReadOnlyDictionary<TKey, TValue>, IEquatable<ValueMap<TKey, TValue>>
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> _items;

    internal ValueMap(Dictionary<TKey, TValue> items) => _items = items;

    /// <summary>Gets an empty map with the default key comparer.</summary>
    public static ValueMap<TKey, TValue> Empty { get; } = new(new Dictionary<TKey, TValue>());

    /// <inheritdoc/>
    public int Count => _items.Count;

    /// <inheritdoc/>
    public IEnumerable<TKey> Keys => _items.Keys;

    /// <inheritdoc/>
    public IEnumerable<TValue> Values => _items.Values;

    /// <inheritdoc/>
    public TValue this[TKey key] => _items[key];

    /// <inheritdoc/>
    public bool ContainsKey(TKey key) => _items.ContainsKey(key);

    /// <inheritdoc/>
    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value) => _items.TryGetValue(key, out value);

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Returns whether <paramref name="other"/> holds the same keys with equal values.</summary>
    public bool Equals(ValueMap<TKey, TValue>? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other._items.Count != _items.Count)
        {
            return false;
        }

        var comparer = EqualityComparer<TValue>.Default;
        foreach (var (key, value) in _items)
        {
            if (!other._items.TryGetValue(key, out var otherValue) || !comparer.Equals(value, otherValue))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ValueMap<TKey, TValue> other && Equals(other);

    /// <summary>Returns a hash that does not depend on the order of the entries, consistent with
    /// <see cref="Equals(ValueMap{TKey, TValue})"/> for maps with the same key comparer.</summary>
    public override int GetHashCode()
    {
        // A sum of per-entry hashes: equal maps that were filled in a different order hash alike.
        var sum = 0;
        foreach (var (key, value) in _items)
        {
            sum = unchecked(sum + HashCode.Combine(_items.Comparer.GetHashCode(key), value));
        }

        return HashCode.Combine(_items.Count, sum);
    }

    /// <summary>Returns the entries in braces, so a record's <c>ToString</c> shows the map's content.</summary>
    public override string ToString() => "{" + string.Join(", ", _items.Select(p => $"{p.Key}: {p.Value}")) + "}";
}
