namespace Indikator.Core.Indicators.Providers;

/// <summary>Provider, programme (null for provider-level indicators) and reporting year.</summary>
internal readonly record struct GroupKey(string ProviderId, Programme? Programme, int Year);
