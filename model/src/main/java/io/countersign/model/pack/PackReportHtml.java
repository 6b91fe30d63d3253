package io.countersign.model.pack;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code data/report.html}: the pack for people. One self-contained page, no scripts, no
 * outside resources (a content security policy forbids them), every value HTML-escaped.
 */
public final class PackReportHtml {

    private PackReportHtml() {}

    public static byte[] render(
            PackStatement statement, String selectionLabel, List<PackedDecision> decisions, List<PackKey> keys) {
        StringBuilder h = new StringBuilder(4096);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append(
                        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<title>Countersign decision pack</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;margin:2rem;color:#1b1b1b;background:#fff}\n")
                .append("table{border-collapse:collapse;width:100%;font-size:.9rem}\n")
                .append("th,td{border:1px solid #bbb;padding:.3rem .5rem;text-align:left;vertical-align:top}\n")
                .append("th{background:#eee}code{font-size:.8rem;word-break:break-all}\n")
                .append("</style>\n</head>\n<body>\n<h1>Countersign decision pack</h1>\n<dl>\n");
        item(h, "Exported at", statement.exportedAt().toString());
        item(h, "Exporter", statement.exporterName() + " (" + statement.exporterId() + ")");
        item(h, "Exporter key", statement.exporterKeyId());
        item(h, "Selection", selectionLabel);
        item(h, "Decisions in this pack", Integer.toString(decisions.size()));
        item(
                h,
                "Chain covered",
                statement.chainLastSeq() == null
                        ? "empty"
                        : "seq " + statement.chainFirstSeq() + " to " + statement.chainLastSeq() + ", head "
                                + statement.headEntryHash());
        h.append("</dl>\n<p>This page is a reading aid. The evidence is the signed envelopes in ")
                .append("<code>envelopes/</code>; see <code>VERIFY.md</code> to check them.</p>\n");
        h.append("<h2>Decisions</h2>\n<table>\n<thead><tr>");
        for (String column : List.of("Seq", "Decided at", "Draft", "Outcome", "Approver", "Systems", "Justification")) {
            h.append("<th scope=\"col\">").append(column).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (PackedDecision d : decisions) {
            DecisionFacts r = d.record();
            h.append("<tr>");
            cell(h, Long.toString(r.seq()));
            cell(h, r.decidedAt().toString());
            cell(
                    h,
                    r.draftId()
                            + (r.revision() == null ? "" : " r" + r.revision())
                            + (r.title() == null ? "" : " — " + r.title()));
            cell(h, r.outcome());
            cell(h, (r.approverName() == null ? "" : r.approverName() + " ") + "(" + r.approverId() + ")");
            cell(h, String.join(", ", d.sortedSystems()));
            cell(h, r.justification() == null ? "" : r.justification());
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n<h2>Keys</h2>\n<table>\n<thead><tr>");
        for (String column : List.of("Key id", "Owner", "Name", "Valid from", "Valid to")) {
            h.append("<th scope=\"col\">").append(column).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (PackKey key : keys) {
            h.append("<tr>");
            cell(h, key.keyId().toString());
            cell(h, key.owner());
            cell(h, key.name());
            cell(h, key.validFrom().toString());
            cell(h, key.validTo() == null ? "current" : key.validTo().toString());
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n</body>\n</html>\n");
        return h.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void item(StringBuilder h, String term, String value) {
        h.append("<dt>")
                .append(escape(term))
                .append("</dt><dd>")
                .append(escape(value))
                .append("</dd>\n");
    }

    private static void cell(StringBuilder h, String value) {
        h.append("<td>").append(escape(value)).append("</td>");
    }

    /** Escapes the five characters that matter in text and attribute values. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
