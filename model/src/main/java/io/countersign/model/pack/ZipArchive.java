package io.countersign.model.pack;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A zip read into memory by {@link ZipArchiveReader}: file contents by entry name, in central
 * directory order, and the names of directory entries. Nothing here has touched a disk.
 */
public final class ZipArchive {

    private final Map<String, byte[]> files;
    private final Set<String> directories;

    ZipArchive(LinkedHashMap<String, byte[]> files, Set<String> directories) {
        this.files = Collections.unmodifiableMap(files);
        this.directories = Set.copyOf(directories);
    }

    /** Entry names of files, in central directory order. */
    public Set<String> fileNames() {
        return files.keySet();
    }

    /** Directory entries ({@code name/}), which carry no content. */
    public Set<String> directories() {
        return directories;
    }

    public boolean has(String name) {
        return files.containsKey(name);
    }

    /** A copy of a file's bytes, or null when there is no such file. */
    public byte[] content(String name) {
        byte[] content = files.get(name);
        return content == null ? null : Arrays.copyOf(content, content.length);
    }

    /** The file's bytes without a copy, for hashing inside this package. */
    byte[] contentView(String name) {
        return files.get(name);
    }
}
