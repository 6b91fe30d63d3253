package io.countersign.model.analysis;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.SpoofChecker;
import io.countersign.model.format.Entitlement;
import io.countersign.model.format.Identity;
import io.countersign.model.format.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The snapshot's identity, entitlement and role ids by their Unicode TR39 skeleton, so an id a draft
 * names can be told to look like one the snapshot knows ({@code u-dаna} with a Cyrillic а, {@code u-darn}
 * for {@code u-dam}). ICU's {@link SpoofChecker} computes skeletons and judges mixed scripts at TR39's
 * "highly restrictive" level (Latin with Cyrillic or Greek is mixed; Latin with Han and kana, as
 * Japanese writes, is not).
 *
 * <p>Built once per analyzer and only when first asked: a draft that names only known ids never
 * needs it, and then the snapshot's tens of thousands of ids are never skeletonised. Safe to share
 * between threads.
 */
public final class LookalikeIndex {

    /** What a draft names an id as. */
    public enum Kind {
        IDENTITY("identity"),
        ENTITLEMENT("entitlement"),
        ROLE("role");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /** An id the snapshot knows, with its display name when it has one. */
    public record Known(Kind kind, String id, String name) {

        /** "u-dana, Dana Ruiz", or just the id when it has no other name. */
        public String describe() {
            return name == null || name.isBlank() || name.equals(id) ? id : id + ", " + name;
        }
    }

    private static final SpoofChecker CHECKER = new SpoofChecker.Builder()
            .setChecks(SpoofChecker.RESTRICTION_LEVEL)
            .setRestrictionLevel(SpoofChecker.RestrictionLevel.HIGHLY_RESTRICTIVE)
            .build();

    /** How many unusual characters a description names before it says "and N more". */
    private static final int CHARACTERS_NAMED = 3;

    private final AccessCatalog catalog;
    private volatile Map<String, List<Known>> bySkeleton;
    private int timesIndexed;

    public LookalikeIndex(AccessCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * A known id of one of {@code kinds} that {@code id} looks like without being it, or null. Callers
     * ask only about ids the snapshot does not know as any of {@code kinds}.
     */
    public Known lookalike(String id, Set<Kind> kinds) {
        List<Known> candidates = index().get(CHECKER.getSkeleton(id));
        if (candidates == null) {
            return null;
        }
        for (Known known : candidates) {
            if (kinds.contains(known.kind()) && !known.id().equals(id)) {
                return known;
            }
        }
        return null;
    }

    /** Whether {@code id} mixes scripts that TR39 does not expect together in one identifier. */
    public static boolean mixesScripts(String id) {
        return CHECKER.failsChecks(id);
    }

    /** The scripts of {@code id}'s letters, in order of first use: "Latin and Cyrillic". */
    public static String scripts(String id) {
        Set<String> names = new LinkedHashSet<>();
        id.codePoints()
                .map(LookalikeIndex::script)
                .filter(LookalikeIndex::isLetterScript)
                .forEach(script -> names.add(UScript.getName(script)));
        List<String> list = List.copyOf(names);
        if (list.size() <= 1) {
            return String.join("", list);
        }
        return String.join(", ", list.subList(0, list.size() - 1)) + " and " + list.getLast();
    }

    /**
     * The characters of {@code id} that {@code reference} does not have, described for a reader:
     * "a Cyrillic а (U+0430)". With a null reference, the letters outside {@code id}'s most used script.
     */
    public static String unusualCharacters(String id, String reference) {
        Set<Integer> unusual = new LinkedHashSet<>();
        if (reference != null) {
            Set<Integer> usual = new HashSet<>();
            reference.codePoints().forEach(usual::add);
            id.codePoints().filter(c -> !usual.contains(c)).forEach(unusual::add);
        } else {
            int main = mainScript(id);
            id.codePoints()
                    .filter(c -> isLetterScript(script(c)) && script(c) != main)
                    .forEach(unusual::add);
        }
        List<String> described = new ArrayList<>();
        for (int c : unusual) {
            if (described.size() == CHARACTERS_NAMED) {
                described.add("and " + (unusual.size() - CHARACTERS_NAMED) + " more");
                break;
            }
            described.add(describe(c));
        }
        return String.join(", ", described);
    }

    /** "a Cyrillic а (U+0430)", "an invisible U+200B", "the character ǀ (U+01C0)". */
    static String describe(int c) {
        String code = String.format(Locale.ROOT, "U+%04X", c);
        if (UCharacter.hasBinaryProperty(c, UProperty.DEFAULT_IGNORABLE_CODE_POINT)
                || UCharacter.isWhitespace(c)
                || UCharacter.getType(c) == UCharacter.CONTROL) {
            return "an invisible " + code;
        }
        String glyph = new String(Character.toChars(c));
        int script = script(c);
        if (!isLetterScript(script)) {
            return "the character " + glyph + " (" + code + ")";
        }
        String name = UScript.getName(script);
        String article = "AEIOU".indexOf(name.charAt(0)) >= 0 ? "an " : "a ";
        return article + name + " " + glyph + " (" + code + ")";
    }

    private static int mainScript(String id) {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        id.codePoints()
                .map(LookalikeIndex::script)
                .filter(LookalikeIndex::isLetterScript)
                .forEach(script -> counts.merge(script, 1, Integer::sum));
        int main = UScript.COMMON;
        int most = 0;
        for (Map.Entry<Integer, Integer> entry : counts.entrySet()) {
            if (entry.getValue() > most) {
                main = entry.getKey();
                most = entry.getValue();
            }
        }
        return main;
    }

    private static int script(int c) {
        return UScript.getScript(c);
    }

    private static boolean isLetterScript(int script) {
        return script != UScript.COMMON && script != UScript.INHERITED && script != UScript.UNKNOWN;
    }

    private Map<String, List<Known>> index() {
        Map<String, List<Known>> index = bySkeleton;
        if (index == null) {
            synchronized (this) {
                index = bySkeleton;
                if (index == null) {
                    index = build();
                    bySkeleton = index;
                }
            }
        }
        return index;
    }

    /** How often the snapshot was skeletonised: 0 until an unknown id is asked about, then 1 for good. */
    synchronized int timesIndexed() {
        return timesIndexed;
    }

    private Map<String, List<Known>> build() {
        timesIndexed++;
        Map<String, List<Known>> index = new HashMap<>();
        for (Identity identity : catalog.snapshot().identities()) {
            add(index, new Known(Kind.IDENTITY, identity.id(), identity.name()));
        }
        for (Entitlement entitlement : catalog.snapshot().entitlements()) {
            add(index, new Known(Kind.ENTITLEMENT, entitlement.id(), entitlement.name()));
        }
        for (Role role : catalog.snapshot().roles()) {
            add(index, new Known(Kind.ROLE, role.id(), role.name()));
        }
        return index;
    }

    private static void add(Map<String, List<Known>> index, Known known) {
        index.computeIfAbsent(CHECKER.getSkeleton(known.id()), skeleton -> new ArrayList<>(1))
                .add(known);
    }
}
