package io.countersign.benchmarks.startup;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * The class path for the start-up runs. A JDK AOT cache can only be made from jars (a class folder
 * on the path refuses it), so the harness's own jars are kept, its class folders dropped, and the
 * floor's window class written into a small jar of its own.
 */
public final class ClassPathJars {
    private ClassPathJars() {}

    static String forChildren(Path scratch) throws IOException {
        return forChildren(scratch, "bare-window.jar", List.of(BareWindow.class, BareWindow.Window.class));
    }

    /** The harness's jars, and {@code classes} (its own floor programs) in a jar named {@code jarName}. */
    public static String forChildren(Path scratch, String jarName, List<Class<?>> classes) throws IOException {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.endsWith(".jar")) {
                entries.add(entry);
            }
        }
        entries.add(floorJar(scratch, jarName, classes).toAbsolutePath().toString());
        return String.join(File.pathSeparator, entries);
    }

    private static Path floorJar(Path scratch, String jarName, List<Class<?>> classes) throws IOException {
        Path jar = scratch.resolve(jarName);
        Path partial = scratch.resolve(jarName + ".partial");
        try (OutputStream file = Files.newOutputStream(partial);
                JarOutputStream out = new JarOutputStream(file)) {
            for (Class<?> type : classes) {
                String name = type.getName().replace('.', '/') + ".class";
                try (InputStream in = type.getClassLoader().getResourceAsStream(name)) {
                    if (in == null) {
                        throw new IOException("cannot read " + name + " from the harness's class path");
                    }
                    out.putNextEntry(new JarEntry(name));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
        }
        return Files.move(partial, jar, StandardCopyOption.REPLACE_EXISTING);
    }
}
