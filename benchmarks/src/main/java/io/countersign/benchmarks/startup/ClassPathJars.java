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
final class ClassPathJars {
    private ClassPathJars() {}

    static String forChildren(Path scratch) throws IOException {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.endsWith(".jar")) {
                entries.add(entry);
            }
        }
        entries.add(bareWindowJar(scratch).toAbsolutePath().toString());
        return String.join(File.pathSeparator, entries);
    }

    private static Path bareWindowJar(Path scratch) throws IOException {
        Path jar = scratch.resolve("bare-window.jar");
        Path partial = scratch.resolve("bare-window.jar.partial");
        try (OutputStream file = Files.newOutputStream(partial);
                JarOutputStream out = new JarOutputStream(file)) {
            for (Class<?> type : List.of(BareWindow.class, BareWindow.Window.class)) {
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
