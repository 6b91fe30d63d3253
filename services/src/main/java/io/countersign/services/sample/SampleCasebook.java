package io.countersign.services.sample;

import io.countersign.model.format.Casebook;
import io.countersign.model.read.FormatException;
import io.countersign.model.read.InputFiles;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The casebook shipped with the app: a fictional organisation's sample cases, read from the app's resources. */
public final class SampleCasebook {
    public static final String RESOURCE = "/io/countersign/services/sample/casebook.json";

    private SampleCasebook() {}

    public static Casebook load() throws FormatException, IOException {
        return InputFiles.casebook(path());
    }

    /** The casebook as a path, also when it sits inside the app's jar (references resolve beside it). */
    public static Path path() throws IOException {
        URL url = SampleCasebook.class.getResource(RESOURCE);
        if (url == null) {
            throw new IOException("the sample casebook " + RESOURCE + " is missing from this build");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem jar;
                try {
                    jar = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    jar = FileSystems.getFileSystem(uri);
                }
                return jar.provider().getPath(uri);
            }
            return Path.of(uri);
        } catch (URISyntaxException e) {
            throw new IOException("the sample casebook's location is not a valid URI: " + url, e);
        }
    }

    /** Copies the casebook and the snapshot and policy it names into a folder; returns the casebook's copy. */
    public static Path copyTo(Path folder) throws IOException {
        Path casebook = path();
        for (String name : List.of("snapshot.json", "policy.yaml")) {
            Files.copy(casebook.resolveSibling(name), folder.resolve(name));
        }
        return Files.copy(casebook, folder.resolve("casebook.json"));
    }
}
