package io.countersign.model.convert;

import io.countersign.model.read.FormatException;
import io.countersign.model.read.SourcePosition;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An IAM credential report (the CSV {@code aws iam get-credential-report} returns, base64-decoded):
 * when each user last signed in or used an access key. IAM's authorization details do not say, so
 * this is where a user's {@code lastUsedAt} comes from. Refusals name the line, column and
 * {@code /ROW/COLUMN} of the offending cell.
 */
public final class CredentialReport {

    static final List<String> LAST_USED =
            List.of("password_last_used", "access_key_1_last_used_date", "access_key_2_last_used_date");
    /** What the report writes where there is no time: never used, not recorded, or not applicable. */
    private static final Set<String> NO_TIME = Set.of("N/A", "no_information", "not_supported", "");

    private final Map<String, Instant> lastUsedByArn;

    private CredentialReport(Map<String, Instant> lastUsedByArn) {
        this.lastUsedByArn = lastUsedByArn;
    }

    public static CredentialReport empty() {
        return new CredentialReport(Map.of());
    }

    /** The latest of a user's sign-in and access-key uses, or null if the report has none. */
    Instant lastUsed(String userArn) {
        return lastUsedByArn.get(userArn);
    }

    public static CredentialReport read(String source, byte[] content) throws FormatException {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new FormatException(
                    source, new SourcePosition(0, 0, ""), "is not UTF-8 text; expected the CSV credential report");
        }
        List<List<Cell>> rows = rows(source, text);
        if (rows.isEmpty()) {
            throw new FormatException(
                    source, new SourcePosition(1, 1, ""), "the file is empty; expected the CSV credential report");
        }
        List<String> header = rows.get(0).stream().map(Cell::text).toList();
        int arn = column(source, header, "arn");
        List<Integer> used = new ArrayList<>();
        for (String name : LAST_USED) {
            used.add(column(source, header, name));
        }
        Map<String, Instant> lastUsed = new HashMap<>();
        for (int r = 1; r < rows.size(); r++) {
            List<Cell> row = rows.get(r);
            if (row.size() != header.size()) {
                Cell first = row.get(0);
                throw new FormatException(
                        source,
                        new SourcePosition(first.line, 1, "/" + r),
                        "this row has " + row.size() + " cells and the header " + header.size());
            }
            Instant latest = null;
            for (int column : used) {
                Cell cell = row.get(column);
                if (NO_TIME.contains(cell.text)) {
                    continue;
                }
                Instant time = instant(source, cell, "/" + r + "/" + header.get(column));
                latest = latest == null || time.isAfter(latest) ? time : latest;
            }
            if (latest != null) {
                lastUsed.put(row.get(arn).text, latest);
            }
        }
        return new CredentialReport(lastUsed);
    }

    private static int column(String source, List<String> header, String name) throws FormatException {
        int at = header.indexOf(name);
        if (at < 0) {
            throw new FormatException(
                    source,
                    new SourcePosition(1, 1, "/0"),
                    "the header has no column '" + name + "'; expected the columns of an IAM credential report");
        }
        return at;
    }

    private static Instant instant(String source, Cell cell, String pointer) throws FormatException {
        try {
            return OffsetDateTime.parse(cell.text, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw new FormatException(
                    source,
                    new SourcePosition(cell.line, cell.column, pointer),
                    "expected a time such as 2026-02-01T09:30:00+00:00, or N/A, found \"" + cell.text + "\"");
        }
    }

    private record Cell(String text, int line, int column) {}

    /** RFC 4180 CSV: fields quoted with {@code "} may hold commas, line breaks and doubled quotes. */
    private static List<List<Cell>> rows(String source, String text) throws FormatException {
        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int column = 1;
        int cellLine = 1;
        int cellColumn = 1;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                    column++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                row.add(new Cell(cell.toString(), cellLine, cellColumn));
                cell.setLength(0);
                cellLine = line;
                cellColumn = column + 1;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(new Cell(cell.toString(), cellLine, cellColumn));
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                line++;
                column = 0;
                cellLine = line;
                cellColumn = 1;
            } else {
                cell.append(c);
            }
            if (quoted && c == '\n') {
                line++;
                column = 0;
            }
            column++;
        }
        if (quoted) {
            throw new FormatException(
                    source,
                    new SourcePosition(cellLine, cellColumn, "/" + rows.size()),
                    "a quoted cell is never closed");
        }
        if (!cell.isEmpty() || !row.isEmpty()) {
            row.add(new Cell(cell.toString(), cellLine, cellColumn));
            rows.add(row);
        }
        return rows;
    }
}
