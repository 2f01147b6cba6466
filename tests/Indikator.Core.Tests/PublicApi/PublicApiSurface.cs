using System.Reflection;
using System.Text;

namespace Indikator.Core.Tests.PublicApi;

/// <summary>Writes an assembly's public surface as sorted, stable text lines.</summary>
internal static class PublicApiSurface
{
    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static string Describe(Assembly assembly)
    {
        var text = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            text.Append(TypeKind(type)).Append(' ').Append(type.FullName).Append('\n');
            foreach (var line in Members(type).Order(StringComparer.Ordinal))
            {
                text.Append("  ").Append(line).Append('\n');
            }
        }

        return text.ToString();
    }

    private static IEnumerable<string> Members(Type type)
    {
        if (type.IsEnum)
        {
            foreach (var name in Enum.GetNames(type))
            {
                yield return $"value {name} = {Convert.ToInt64(Enum.Parse(type, name), System.Globalization.CultureInfo.InvariantCulture)}";
            }

            yield break;
        }

        foreach (var ctor in type.GetConstructors(Declared))
        {
            yield return $"ctor({Parameters(ctor)})";
        }

        foreach (var property in type.GetProperties(Declared))
        {
            var accessors = (property.GetMethod?.IsPublic == true ? "get; " : string.Empty)
                + (property.SetMethod?.IsPublic == true ? (IsInitOnly(property.SetMethod) ? "init; " : "set; ") : string.Empty);
            var indexer = property.GetIndexParameters();
            var name = indexer.Length > 0 ? $"this[{string.Join(", ", indexer.Select(Parameter))}]" : property.Name;
            yield return $"{Static(property.GetMethod ?? property.SetMethod)}property {Name(property.PropertyType)} {name} {{ {accessors}}}";
        }

        foreach (var field in type.GetFields(Declared))
        {
            var kind = field.IsLiteral ? "const" : field.IsInitOnly ? "readonly field" : "field";
            yield return $"{(field.IsStatic && !field.IsLiteral ? "static " : string.Empty)}{kind} {Name(field.FieldType)} {field.Name}";
        }

        foreach (var evt in type.GetEvents(Declared))
        {
            yield return $"event {Name(evt.EventHandlerType!)} {evt.Name}";
        }

        foreach (var method in type.GetMethods(Declared))
        {
            if (method.IsSpecialName && !method.Name.StartsWith("op_", StringComparison.Ordinal))
            {
                continue;
            }

            var generic = method.IsGenericMethod ? $"<{string.Join(", ", method.GetGenericArguments().Select(a => a.Name))}>" : string.Empty;
            yield return $"{Static(method)}method {Name(method.ReturnType)} {method.Name}{generic}({Parameters(method)})";
        }
    }

    private static string Static(MethodInfo? method) => method?.IsStatic == true ? "static " : string.Empty;

    private static bool IsInitOnly(MethodInfo setter)
        => setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");

    private static string Parameters(MethodBase method) => string.Join(", ", method.GetParameters().Select(Parameter));

    private static string Parameter(ParameterInfo p)
    {
        var prefix = p.IsOut ? "out " : p.ParameterType.IsByRef ? "ref " : string.Empty;
        var type = p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType;
        var optional = p.HasDefaultValue ? $" = {p.DefaultValue ?? "null"}" : string.Empty;
        return $"{prefix}{Name(type)} {p.Name}{optional}";
    }

    private static string TypeKind(Type type) => type switch
    {
        { IsInterface: true } => "public interface",
        { IsEnum: true } => "public enum",
        { IsValueType: true } when type.IsDefined(typeof(System.Runtime.CompilerServices.IsReadOnlyAttribute)) => "public readonly struct",
        { IsValueType: true } => "public struct",
        { IsAbstract: true, IsSealed: true } => "public static class",
        { IsAbstract: true } => "public abstract class",
        { IsSealed: true } => "public sealed class",
        _ => "public class",
    };

    private static string Name(Type type)
    {
        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying) + "?";
        }

        if (!type.IsGenericType)
        {
            return type.Name;
        }

        var name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
        return $"{name}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>";
    }
}
