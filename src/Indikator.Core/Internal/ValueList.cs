using System.Collections;
using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Indikator.Core.Internal;

/// <summary>Factory methods for <see cref="ValueList{T}"/>.</summary>
internal static class ValueList
{
    /// <summary>Copies <paramref name="items"/> into a read-only list, so later changes to the caller's collection do
    /// not reach the holder; an existing <see cref="ValueList{T}"/> is returned as it is, since nothing can change
    /// it.</summary>
    /// <remarks>In an <c>init</c> accessor the name defaults to the property's, so a null names the property.</remarks>
    public static ValueList<T> Of<T>(IEnumerable<T> items, [CallerMemberName] string? name = null)
    {
        ArgumentNullException.ThrowIfNull(items, name);
        if (items is ValueList<T> list)
        {
            return list;
        }

        var copy = items.ToArray();
        return copy.Length == 0 ? ValueList<T>.Empty : new ValueList<T>(copy);
    }

    /// <summary>Like <see cref="Of{T}(IEnumerable{T}, string)"/>, but null stays null (for optional lists).</summary>
    public static ValueList<T>? OfOrNull<T>(IEnumerable<T>? items) => items is null ? null : Of(items, nameof(items));

    /// <summary>Wraps an array the library has just built and never writes again, without copying it; the array must
    /// not escape anywhere else, or the list would no longer be read-only.</summary>
    public static ValueList<T> Wrap<T>(T[] items)
    {
        Debug.Assert(items is not null, "The library passes its own arrays.");
        return items.Length == 0 ? ValueList<T>.Empty : new ValueList<T>(items);
    }
}

/// <summary>A read-only list with value equality: two lists are equal when they hold equal elements in the same
/// order.</summary>
/// <remarks>
/// <para>Public properties typed <see cref="IReadOnlyList{T}"/> return this type so a caller cannot cast the value back
/// to an array or <see cref="List{T}"/> and change a result or a specification after the fact. Records whose list
/// properties hold this type get value equality from the compiler-generated <c>Equals</c> and <c>GetHashCode</c>,
/// which call the overrides here.</para>
/// <para>It implements <see cref="IList{T}"/> as a read-only list (mutators throw <see cref="NotSupportedException"/>,
/// as <see cref="System.Collections.ObjectModel.ReadOnlyCollection{T}"/> does) so that LINQ and collection
/// constructors copy it in one block instead of element by element.</para>
/// <para>This type is immutable and thread safe when its elements are.</para>
/// </remarks>
[DebuggerDisplay("Count = {Count}")]
internal sealed class ValueList<T> : IReadOnlyList<T>, IList<T>, IList, IEquatable<ValueList<T>>
{
    private readonly T[] _items;

    internal ValueList(T[] items) => _items = items;

    /// <summary>Gets the empty list; every empty list equals it.</summary>
    public static ValueList<T> Empty { get; } = new([]);

    /// <inheritdoc/>
    public int Count => _items.Length;

    /// <summary>Gets the elements as a read-only span, for library code that loops over them.</summary>
    public ReadOnlySpan<T> Span => _items;

    bool ICollection<T>.IsReadOnly => true;

    bool IList.IsReadOnly => true;

    bool IList.IsFixedSize => true;

    bool ICollection.IsSynchronized => false;

    object ICollection.SyncRoot => this;

    /// <inheritdoc/>
    public T this[int index] => _items[index];

    T IList<T>.this[int index]
    {
        get => _items[index];
        set => throw ReadOnly();
    }

    object? IList.this[int index]
    {
        get => _items[index];
        set => throw ReadOnly();
    }

    /// <summary>Returns an enumerator over the elements in order.</summary>
    public Enumerator GetEnumerator() => new(_items);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <inheritdoc/>
    public bool Contains(T item) => Array.IndexOf(_items, item) >= 0;

    /// <inheritdoc/>
    public int IndexOf(T item) => Array.IndexOf(_items, item);

    /// <inheritdoc/>
    public void CopyTo(T[] array, int arrayIndex) => _items.CopyTo(array, arrayIndex);

    void ICollection.CopyTo(Array array, int index) => _items.CopyTo(array, index);

    bool IList.Contains(object? value) => ((IList)_items).Contains(value);

    int IList.IndexOf(object? value) => ((IList)_items).IndexOf(value);

    void ICollection<T>.Add(T item) => throw ReadOnly();

    void ICollection<T>.Clear() => throw ReadOnly();

    bool ICollection<T>.Remove(T item) => throw ReadOnly();

    void IList<T>.Insert(int index, T item) => throw ReadOnly();

    void IList<T>.RemoveAt(int index) => throw ReadOnly();

    int IList.Add(object? value) => throw ReadOnly();

    void IList.Clear() => throw ReadOnly();

    void IList.Insert(int index, object? value) => throw ReadOnly();

    void IList.Remove(object? value) => throw ReadOnly();

    void IList.RemoveAt(int index) => throw ReadOnly();

    /// <summary>Returns a new array with the elements, which the caller owns.</summary>
    public T[] ToArray() => _items.Length == 0 ? [] : (T[])_items.Clone();

    /// <summary>Returns whether <paramref name="other"/> holds equal elements in the same order.</summary>
    public bool Equals(ValueList<T>? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other._items.Length != _items.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < _items.Length; i++)
        {
            if (!comparer.Equals(_items[i], other._items[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    /// <summary>Returns a hash of the elements in order, consistent with <see cref="Equals(ValueList{T})"/>.</summary>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(_items.Length);
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns the elements in brackets, so a record's <c>ToString</c> shows the list's content.</summary>
    public override string ToString() => "[" + string.Join(", ", _items) + "]";

    private static NotSupportedException ReadOnly() => new("The collection is read-only.");

    /// <summary>Enumerates the elements without allocating.</summary>
    public struct Enumerator
    {
        private readonly T[] _items;
        private int _index;

        internal Enumerator(T[] items)
        {
            _items = items;
            _index = -1;
        }

        /// <summary>Gets the element at the current position.</summary>
        public readonly T Current => _items[_index];

        /// <summary>Advances to the next element.</summary>
        /// <returns>True while there is an element.</returns>
        public bool MoveNext() => ++_index < _items.Length;
    }
}
