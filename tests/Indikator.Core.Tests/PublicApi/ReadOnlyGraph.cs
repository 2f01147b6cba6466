using System.Collections;
using System.Reflection;

namespace Indikator.Core.Tests.PublicApi;

/// <summary>Walks the public object graph under some roots and lists every property declared as a read-only collection
/// whose value a caller could cast back to a mutable one (an array, a <see cref="List{T}"/>, a dictionary or set).</summary>
internal static class ReadOnlyGraph
{
    private static readonly Assembly Core = typeof(Indikator.Core.Data.ColumnTable).Assembly;

    /// <summary>Returns "Type.Property (ValueType)" for every mutable collection found under <paramref name="roots"/>.</summary>
    public static IReadOnlyList<string> MutableCollections(IEnumerable<object> roots)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<object>(roots);
        while (pending.Count > 0)
        {
            var item = pending.Pop();
            if (!visited.Add(item))
            {
                continue;
            }

            foreach (var property in item.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetIndexParameters().Length > 0 || property.GetMethod is not { IsPublic: true } || property.PropertyType.IsByRefLike)
                {
                    continue;
                }

                object? value;
                try
                {
                    value = property.GetValue(item);
                }
                catch (TargetInvocationException)
                {
                    // A property that throws for this instance (say, a value only some results have) holds nothing.
                    continue;
                }

                Visit(property, value, found, pending);
            }
        }

        return [.. found];
    }

    /// <summary>Checks the static collection properties of every public type of the library.</summary>
    public static IReadOnlyList<string> MutableStaticCollections()
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<object>();
        foreach (var type in Core.GetExportedTypes().Where(t => !t.ContainsGenericParameters))
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Static))
            {
                Visit(property, property.GetValue(null), found, pending);
            }
        }

        found.UnionWith(MutableCollections(pending));
        return [.. found];
    }

    /// <summary>Returns whether a caller could change <paramref name="value"/> through a cast.</summary>
    public static bool IsMutable(object value)
    {
        if (value is Array)
        {
            return true;
        }

        if (value is IList list && !list.IsReadOnly)
        {
            return true;
        }

        if (value is IDictionary dictionary && !dictionary.IsReadOnly)
        {
            return true;
        }

        foreach (var face in value.GetType().GetInterfaces())
        {
            if (face.IsGenericType && face.GetGenericTypeDefinition() == typeof(ICollection<>)
                && !(bool)face.GetProperty(nameof(ICollection<int>.IsReadOnly))!.GetValue(value)!)
            {
                return true;
            }
        }

        return false;
    }

    private static void Visit(PropertyInfo property, object? value, SortedSet<string> found, Stack<object> pending)
    {
        if (value is null)
        {
            return;
        }

        if (IsCollectionType(property.PropertyType) && IsMutable(value))
        {
            found.Add($"{property.DeclaringType!.Name}.{property.Name} ({value.GetType().Name})");
        }

        Follow(value, pending);
    }

    private static void Follow(object value, Stack<object> pending)
    {
        var type = value.GetType();
        if (type.Assembly == Core && !type.IsEnum && !type.IsPrimitive)
        {
            pending.Push(value);
        }

        if (value is IEnumerable items and not string)
        {
            // The first elements stand for the rest: lists hold one type, and a full walk of a million residuals
            // would find nothing new.
            var taken = 0;
            foreach (var element in items)
            {
                if (element is null)
                {
                    continue;
                }

                if (++taken > 25 || element.GetType().IsPrimitive)
                {
                    break;
                }

                if (element is DictionaryEntry entry)
                {
                    Follow(entry.Value!, pending);
                }
                else if (element.GetType() is { IsGenericType: true } kv && kv.GetGenericTypeDefinition() == typeof(KeyValuePair<,>))
                {
                    var inner = kv.GetProperty("Value")!.GetValue(element);
                    if (inner is not null)
                    {
                        Follow(inner, pending);
                    }
                }
                else
                {
                    Follow(element, pending);
                }
            }
        }
    }

    private static bool IsCollectionType(Type type)
    {
        if (!type.IsInterface || !type.IsGenericType)
        {
            return false;
        }

        var definition = type.GetGenericTypeDefinition();
        return definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyCollection<>)
            || definition == typeof(IReadOnlyDictionary<,>) || definition == typeof(IEnumerable<>)
            || definition == typeof(IReadOnlySet<>);
    }
}
