using System.Globalization;
using System.Net;
using System.Text;
using ParentPartner.PayrollStipend.Api.Domain;
using ParentPartner.ServiceDefaults.Http;

namespace ParentPartner.PayrollStipend.Api.Features.Exports;

/// <summary>A contractor's invoice as a self-contained HTML page (opens in any browser, prints to PDF) and as CSV.</summary>
public static class InvoiceDocument
{
    public static string Html(Invoice invoice, Payee payee, PayPeriod period, IReadOnlyList<TimesheetLine> lines, string programId)
    {
        static string E(string? s) => WebUtility.HtmlEncode(s ?? "");
        static string D(decimal d) => d.ToString("#,##0.00", CultureInfo.InvariantCulture);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Invoice ").Append(E(invoice.DisplayNumber)).Append("</title>")
            .Append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ccc;padding:4px;text-align:left}td.n,th.n{text-align:right}</style></head><body>")
            .Append("<h1>Invoice ").Append(E(invoice.DisplayNumber)).Append("</h1>")
            .Append("<p>From: ").Append(E(payee.LegalName ?? $"Support parent {payee.SupportParentId}")).Append("<br>To: program ").Append(E(programId)).Append("</p>")
            .Append("<p>Period: ").Append(period.StartsOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(" to ").Append(period.EndsOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .Append("<br>Pay date: ").Append(invoice.PayDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("</p>")
            .Append("<table><thead><tr><th>Date</th><th>Item</th><th class=\"n\">Quantity</th><th class=\"n\">Rate</th><th class=\"n\">Amount (USD)</th></tr></thead><tbody>");
        foreach (var line in lines)
        {
            html.Append("<tr><td>").Append(line.OccurredOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("</td><td>").Append(E(KebabEnum.Name(line.Code)))
                .Append(line.IsAdjustment ? " (adjustment: " + E(line.Reason) + ")" : "").Append("</td><td class=\"n\">").Append(line.Quantity.ToString("0.####", CultureInfo.InvariantCulture))
                .Append("</td><td class=\"n\">").Append(line.Rate.ToString("0.00##", CultureInfo.InvariantCulture)).Append("</td><td class=\"n\">").Append(D(line.Amount)).Append("</td></tr>");
        }
        html.Append("</tbody><tfoot><tr><th colspan=\"4\">Total</th><th class=\"n\">").Append(D(invoice.Total)).Append("</th></tr></tfoot></table></body></html>");
        return html.ToString();
    }

    public static string CsvOf(Invoice invoice, IReadOnlyList<TimesheetLine> lines) =>
        Csv.Of(["invoice_number", "date", "earnings_code", "quantity", "rate", "amount", "source", "source_id", "adjustment", "reason"],
            lines.Select(l => new object?[] { invoice.DisplayNumber, l.OccurredOn, KebabEnum.Name(l.Code), l.Quantity, l.Rate, l.Amount, KebabEnum.Name(l.SourceType), l.SourceId, l.IsAdjustment, l.Reason }));
}
