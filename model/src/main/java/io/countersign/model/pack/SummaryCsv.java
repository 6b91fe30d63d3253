package io.countersign.model.pack;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code data/summary.csv}: one row per decision in the pack, RFC 4180 (CRLF, every field
 * quoted). A cell a spreadsheet could take for a formula — one that starts with {@code = + - @},
 * a tab or a carriage return — gets a leading apostrophe, so it shows as text and never runs.
 */
public final class SummaryCsv {

    static final List<String> HEADER = List.of(
            "seq",
            "decidedAt",
            "draft",
            "revision",
            "kind",
            "title",
            "outcome",
            "approver",
            "approverName",
            "approverKeyId",
            "systems",
            "justification",
            "entryHash");

    private SummaryCsv() {}

    public static byte[] write(List<PackedDecision> decisions) {
        StringBuilder out = new StringBuilder();
        row(out, HEADER);
        for (PackedDecision d : decisions) {
            DecisionFacts r = d.record();
            row(
                    out,
                    List.of(
                            Long.toString(r.seq()),
                            r.decidedAt().toString(),
                            r.draftId(),
                            r.revision() == null ? "" : r.revision().toString(),
                            nz(r.kind()),
                            nz(r.title()),
                            r.outcome(),
                            r.approverId(),
                            nz(r.approverName()),
                            r.approverKeyId(),
                            String.join(" ", d.sortedSystems()),
                            nz(r.justification()),
                            d.entryHash().toString()));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The cell as written: neutralised against formulas, then quoted with inner quotes doubled. */
    static String cell(String value) {
        String safe = value;
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
