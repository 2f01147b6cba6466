namespace Indikator.Core.Reporting.Writers;

/// <summary>The report's CSS, scoped to <c>.indikator-report</c> so it also works inside a notebook page.</summary>
internal static class HtmlStyles
{
    public const string Css = """
.indikator-report{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#262626;background:#fff;line-height:1.45;max-width:1100px;margin:0 auto;padding:16px 24px}
.indikator-report h1{font-size:1.75em;margin:0 0 .2em}
.indikator-report h2{font-size:1.3em;border-bottom:2px solid #0067C5;padding-bottom:.2em;margin:1.6em 0 .6em}
.indikator-report .generated{color:#595959;margin:0}
.indikator-report nav ol{margin:.2em 0;padding-left:1.4em}
.indikator-report a{color:#0056B4}
.indikator-report .notes{background:#F1F7FD;border-left:4px solid #0067C5;padding:.4em 1em;margin:1em 0}
.indikator-report .notes h2{border:0;margin:.3em 0;font-size:1.1em}
.indikator-report figure{margin:1.2em 0 2em}
.indikator-report figure svg{max-width:100%;height:auto;display:block}
.indikator-report figcaption{font-weight:600;margin-bottom:.4em}
.indikator-report figcaption .description{display:block;font-weight:400;color:#595959;font-size:.9em}
.indikator-report .table-wrap{overflow-x:auto;margin:1em 0 2em}
.indikator-report table{border-collapse:collapse;font-variant-numeric:tabular-nums;font-size:.92em}
.indikator-report caption{text-align:left;font-weight:600;padding-bottom:.4em;caption-side:top}
.indikator-report caption .description{display:block;font-weight:400;color:#595959}
.indikator-report th,.indikator-report td{padding:.3em .6em;border-bottom:1px solid #E6E6E6}
.indikator-report thead th{border-bottom:2px solid #262626;text-align:left;vertical-align:bottom}
.indikator-report .num{text-align:right;white-space:nowrap}
.indikator-report thead th.num{white-space:normal}
.indikator-report tbody th{text-align:left;font-weight:400}
.indikator-report tbody tr:nth-child(even){background:#F7F7F7}
.indikator-report .suppressed,.indikator-report .not-available{color:#595959}
.indikator-report abbr{text-decoration:none}
.indikator-report .footnotes{list-style:none;padding:0;margin:.4em 0 0;font-size:.85em;color:#595959}
@media print{
.indikator-report{max-width:none;padding:0;font-size:10pt}
.indikator-report nav{display:none}
.indikator-report figure,.indikator-report .table-wrap{break-inside:avoid;page-break-inside:avoid}
.indikator-report h2{break-after:avoid;page-break-after:avoid}
.indikator-report thead{display:table-header-group}
.indikator-report tbody tr:nth-child(even){background:none}
.indikator-report .table-wrap{overflow:visible}
.indikator-report .notes{background:none;border-left:2px solid #262626}
.indikator-report a{color:inherit;text-decoration:none}
}
@page{margin:15mm}
""";
}
