package io.countersign.model.pack;

import static io.countersign.model.pack.PackReason.BAG_DECLARATION_INVALID;
import static io.countersign.model.pack.PackReason.CHAIN_BROKEN;
import static io.countersign.model.pack.PackReason.ENTRY_MISSING;
import static io.countersign.model.pack.PackReason.ENVELOPE_MISMATCH;
import static io.countersign.model.pack.PackReason.EXTRA_ENTRY;
import static io.countersign.model.pack.PackReason.MANIFEST_MISMATCH;

import io.countersign.model.evidence.ChainBreak;
import io.countersign.model.evidence.Digest;
import io.countersign.model.evidence.HashChain;
import io.countersign.model.evidence.StatementSubject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Verifies a decision pack offline, from its bytes in memory: nothing is extracted, nothing is
 * fetched. The archive is read by {@link ZipArchiveReader}; then the bag (declaration,
 * Payload-Oxum, both manifests, no extra files), the exporter's statement (signature, key,
 * subjects = data files, chain head), chain.jsonl's continuity from seq 1, and each decision
 * record ({@link RecordChecks}).
 */
public final class PackVerifier {

    private static final Pattern MANIFEST_LINE = Pattern.compile("([0-9a-f]{64})[ \\t]+\\*?(\\S(?:.*\\S)?)");
    private static final Pattern ENVELOPE_FILE = Pattern.compile("data/envelopes/(\\d{6,})\\.dsse\\.json");
    private static final List<Pattern> DATA_LAYOUT = List.of(
            ENVELOPE_FILE,
            Pattern.compile("data/blobs/sha256/[0-9a-f]{64}\\.json"),
            Pattern.compile("data/keys/[0-9a-f]{64}\\.pem"),
            Pattern.compile(Pattern.quote(PackLayout.ENVELOPES_JSONL)),
            Pattern.compile(Pattern.quote(PackLayout.KEYS_JSON)),
            Pattern.compile(Pattern.quote(PackLayout.CHAIN_JSONL)),
            Pattern.compile(Pattern.quote(PackLayout.SUMMARY_CSV)),
            Pattern.compile(Pattern.quote(PackLayout.REPORT_HTML)),
            Pattern.compile(Pattern.quote(PackLayout.VERIFY_MD)));
    private static final Set<String> ROOT_FILES = Set.of(
            PackLayout.BAGIT_TXT,
            PackLayout.BAG_INFO_TXT,
            PackLayout.MANIFEST,
            PackLayout.TAG_MANIFEST,
            PackLayout.PACK_STATEMENT);

    private final List<PackIssue> issues = new ArrayList<>();
    /** Bag-relative path to content, sorted by path. */
    private final TreeMap<String, byte[]> bag = new TreeMap<>();
    /** Each file's SHA-256, computed once: manifests, statement subjects and records all compare against it. */
    private Map<String, Digest> digests = Map.of();

    private PackVerifier() {}

    public static PackVerification verify(byte[] zip) {
        return verify(zip, PackLimits.DEFAULT);
    }

    public static PackVerification verify(byte[] zip, PackLimits limits) {
        ZipArchive archive;
        try {
            archive = ZipArchiveReader.read(zip, limits);
        } catch (PackArchiveException e) {
            return new PackVerification(e.issues(), List.of(), Optional.empty());
        }
        return new PackVerifier().run(archive);
    }

    private PackVerification run(ZipArchive archive) {
        if (!unwrapBaseFolder(archive)) {
            return new PackVerification(issues, List.of(), Optional.empty());
        }
        digests = FileDigests.of(bag);
        checkDeclaration();
        checkManifests();
        checkLayout();
        PackKeys keys = PackKeys.read(bag, issues);
        Map<Long, ChainLine> chain = readChain();
        TreeMap<Long, String> envelopes = envelopeFiles();
        checkEnvelopesJsonl(envelopes);
        Optional<PackStatement> statement =
                new StatementCheck(bag, digests, keys, issues).run(chain, envelopes.keySet());
        // Records are independent and each costs a signature check: spread them over the cores. The
        // ordered stream keeps the verdicts, and so every report, in seq order whatever ran first.
        RecordChecks checks = new RecordChecks(bag, digests, keys, chain);
        List<RecordVerdict> records = envelopes.entrySet().parallelStream()
                .map(e -> checks.check(e.getKey(), e.getValue()))
                .toList();
        return new PackVerification(issues, records, statement);
    }

    /** Everything must sit in one top-level folder, the bag's base directory. */
    private boolean unwrapBaseFolder(ZipArchive archive) {
        Set<String> tops = new TreeSet<>();
        for (String name : archive.fileNames()) {
            int slash = name.indexOf('/');
            tops.add(slash < 0 ? name : name.substring(0, slash + 1));
        }
        archive.directories().forEach(d -> tops.add(d.substring(0, d.indexOf('/') + 1)));
        if (tops.size() != 1 || !tops.iterator().next().endsWith("/")) {
            issues.add(new PackIssue(
                    PackReason.ARCHIVE_MALFORMED,
                    "archive",
                    "a pack holds exactly one top-level folder; found " + String.join(", ", tops)));
            return false;
        }
        String base = tops.iterator().next();
        for (String name : archive.fileNames()) {
            bag.put(name.substring(base.length()), archive.contentView(name));
        }
        for (String dir : archive.directories()) {
            String path = dir.substring(base.length());
            if (!path.isEmpty() && bag.keySet().stream().noneMatch(f -> f.startsWith(path))) {
                issues.add(new PackIssue(EXTRA_ENTRY, dir, "an empty folder is not part of the pack"));
            }
        }
        return true;
    }

    private void checkDeclaration() {
        byte[] bagit = bag.get(PackLayout.BAGIT_TXT);
        if (bagit == null) {
            issues.add(new PackIssue(ENTRY_MISSING, PackLayout.BAGIT_TXT, "no BagIt declaration"));
        } else if (!Arrays.equals(bagit, PackLayout.BAGIT_TXT_CONTENT.getBytes(StandardCharsets.UTF_8))) {
            issues.add(new PackIssue(
                    BAG_DECLARATION_INVALID, PackLayout.BAGIT_TXT, "is not the BagIt 1.0, UTF-8 declaration"));
        }
        byte[] info = bag.get(PackLayout.BAG_INFO_TXT);
        if (info == null) {
            issues.add(new PackIssue(ENTRY_MISSING, PackLayout.BAG_INFO_TXT, "no bag-info.txt"));
            return;
        }
        Map<String, byte[]> payload = new TreeMap<>(bag.subMap(PackLayout.DATA, PackLayout.DATA + Character.MAX_VALUE));
        String expected = PackBuilder.payloadOxum(payload);
        String declared = null;
        for (String line : new String(info, StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith("Payload-Oxum:")) {
                declared = line.substring("Payload-Oxum:".length()).strip();
            }
        }
        if (!expected.equals(declared)) {
            issues.add(new PackIssue(
                    BAG_DECLARATION_INVALID,
                    PackLayout.BAG_INFO_TXT,
                    "Payload-Oxum is " + declared + " but the payload is " + expected));
        }
    }

    private void checkManifests() {
        Map<String, String> payload = readManifest(PackLayout.MANIFEST, true);
        Map<String, String> tags = readManifest(PackLayout.TAG_MANIFEST, false);
        for (String path : bag.keySet()) {
            boolean data = path.startsWith(PackLayout.DATA);
            if (data && payload != null && !payload.containsKey(path)) {
                issues.add(new PackIssue(EXTRA_ENTRY, path, "not listed in " + PackLayout.MANIFEST));
            } else if (!data && !path.equals(PackLayout.TAG_MANIFEST) && tags != null && !tags.containsKey(path)) {
                issues.add(new PackIssue(
                        ROOT_FILES.contains(path) ? MANIFEST_MISMATCH : EXTRA_ENTRY,
                        path,
                        "not listed in " + PackLayout.TAG_MANIFEST));
            }
        }
    }

    /** Parses a manifest and checks every line against the bag; null when the manifest is missing. */
    private Map<String, String> readManifest(String name, boolean payload) {
        byte[] content = bag.get(name);
        if (content == null) {
            issues.add(new PackIssue(ENTRY_MISSING, name, "no " + name));
            return null;
        }
        Map<String, String> lines = new LinkedHashMap<>();
        String[] text = new String(content, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < text.length; i++) {
            if (i == text.length - 1 && text[i].isEmpty()) {
                break;
            }
            Matcher m = MANIFEST_LINE.matcher(text[i]);
            if (!m.matches()) {
                issues.add(new PackIssue(MANIFEST_MISMATCH, name, "line " + (i + 1) + " is not \"<sha256>  <path>\""));
                continue;
            }
            String path = m.group(2);
            if (path.startsWith("./")) {
                path = path.substring(2);
            }
            if (path.startsWith(PackLayout.DATA) != payload || path.equals(PackLayout.TAG_MANIFEST)) {
                issues.add(new PackIssue(
                        MANIFEST_MISMATCH,
                        name,
                        "line " + (i + 1) + " lists " + path + ", which does not belong in this manifest"));
                continue;
            }
            if (lines.put(path, m.group(1)) != null) {
                issues.add(new PackIssue(MANIFEST_MISMATCH, name, "lists " + path + " twice"));
                continue;
            }
            byte[] file = bag.get(path);
            if (file == null) {
                issues.add(new PackIssue(ENTRY_MISSING, path, "listed in " + name + " but not in the pack"));
            } else if (!digests.get(path).hex().equals(m.group(1))) {
                issues.add(new PackIssue(MANIFEST_MISMATCH, path, "SHA-256 differs from " + name));
            }
        }
        return lines;
    }

    private void checkLayout() {
        if (!bag.containsKey(PackLayout.PACK_STATEMENT)) {
            issues.add(new PackIssue(ENTRY_MISSING, PackLayout.PACK_STATEMENT, "the exporter's statement is missing"));
        }
        for (String path : bag.keySet()) {
            boolean known = path.startsWith(PackLayout.DATA)
                    ? DATA_LAYOUT.stream().anyMatch(p -> p.matcher(path).matches())
                    : ROOT_FILES.contains(path);
            if (!known) {
                issues.add(new PackIssue(EXTRA_ENTRY, path, "not part of the decision pack layout"));
            }
        }
        for (String required : List.of(PackLayout.KEYS_JSON, PackLayout.CHAIN_JSONL, PackLayout.ENVELOPES_JSONL)) {
            if (!bag.containsKey(required)) {
                issues.add(new PackIssue(ENTRY_MISSING, required, "required by the pack layout"));
            }
        }
    }

    /** chain.jsonl by seq; checks each line's form and the chain's continuity from seq 1. */
    private Map<Long, ChainLine> readChain() {
        Map<Long, ChainLine> bySeq = new TreeMap<>();
        byte[] content = bag.get(PackLayout.CHAIN_JSONL);
        if (content == null) {
            return bySeq;
        }
        List<ChainLine> lines = new ArrayList<>();
        List<byte[]> raw = JsonLines.split(content);
        if (raw == null) {
            issues.add(new PackIssue(CHAIN_BROKEN, PackLayout.CHAIN_JSONL, "does not end with a newline"));
            return bySeq;
        }
        for (int i = 0; i < raw.size(); i++) {
            try {
                lines.add(ChainLine.parse(raw.get(i)));
            } catch (RuntimeException e) {
                issues.add(new PackIssue(
                        CHAIN_BROKEN,
                        PackLayout.CHAIN_JSONL,
                        "line " + (i + 1) + " is not a chain line: " + e.getMessage()));
                return bySeq;
            }
        }
        Optional<ChainBreak> broken =
                HashChain.firstBreak(lines.stream().map(ChainLine::link).toList());
        broken.ifPresent(b -> issues.add(new PackIssue(
                CHAIN_BROKEN,
                PackLayout.CHAIN_JSONL,
                "first break at seq " + b.seq() + " (" + b.reason() + "): " + b.detail())));
        for (ChainLine line : lines) {
            bySeq.putIfAbsent(line.seq(), line);
        }
        return bySeq;
    }

    private TreeMap<Long, String> envelopeFiles() {
        TreeMap<Long, String> bySeq = new TreeMap<>();
        for (String path : bag.keySet()) {
            Matcher m = ENVELOPE_FILE.matcher(path);
            if (m.matches()) {
                long seq = Long.parseLong(m.group(1));
                if (!PackLayout.envelopePath(seq).equals(path) || bySeq.putIfAbsent(seq, path) != null) {
                    issues.add(new PackIssue(EXTRA_ENTRY, path, "not the file name for seq " + seq));
                }
            }
        }
        return bySeq;
    }

    private void checkEnvelopesJsonl(TreeMap<Long, String> envelopes) {
        byte[] content = bag.get(PackLayout.ENVELOPES_JSONL);
        if (content == null) {
            return;
        }
        List<byte[]> lines = JsonLines.split(content);
        List<String> paths = new ArrayList<>(envelopes.values());
        if (lines == null || lines.size() != paths.size()) {
            issues.add(new PackIssue(
                    ENVELOPE_MISMATCH,
                    PackLayout.ENVELOPES_JSONL,
                    "holds " + (lines == null ? "unterminated lines" : lines.size() + " lines") + " for " + paths.size()
                            + " envelope files"));
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            if (!Arrays.equals(lines.get(i), bag.get(paths.get(i)))) {
                issues.add(new PackIssue(
                        ENVELOPE_MISMATCH,
                        PackLayout.ENVELOPES_JSONL,
                        "line " + (i + 1) + " differs from " + paths.get(i)));
            }
        }
    }

    /** Compares the statement's subjects with the data files actually in the pack. */
    static Optional<String> subjectDifference(List<StatementSubject> subjects, Map<String, Digest> digests) {
        Map<String, Digest> claimed = new TreeMap<>();
        for (StatementSubject s : subjects) {
            if (claimed.put(s.name(), s.digest()) != null) {
                return Optional.of("names " + s.name() + " twice");
            }
        }
        Map<String, Digest> data = new TreeMap<>();
        digests.forEach((path, digest) -> {
            if (path.startsWith(PackLayout.DATA)) {
                data.put(path, digest);
            }
        });
        for (Map.Entry<String, Digest> file : data.entrySet()) {
            Digest digest = claimed.get(file.getKey());
            if (digest == null) {
                return Optional.of("does not cover " + file.getKey());
            }
            if (!digest.equals(file.getValue())) {
                return Optional.of("has another SHA-256 for " + file.getKey());
            }
        }
        for (String name : claimed.keySet()) {
            if (!data.containsKey(name)) {
                return Optional.of("covers " + name + ", which is not in the pack");
            }
        }
        return Optional.empty();
    }
}
