package dev.camelstudio.release;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The checksum files beside a staged file: Central requires {@code .md5} and {@code .sha1} and checks
 * {@code .sha256} and {@code .sha512} when present; each holds the file's digest in hex.
 */
final class Checksums {

    /** Checksum file suffix to the digest it holds. */
    private static final Map<String, String> DIGESTS = Map.of(".md5", "MD5", ".sha1", "SHA-1", ".sha256", "SHA-256",
            ".sha512", "SHA-512");
    private static final List<String> REQUIRED = List.of(".md5", ".sha1");

    private Checksums() {
    }

    /**
     * @param name a file's name
     * @return whether it is a checksum file
     */
    static boolean isChecksum(String name) {
        return DIGESTS.keySet().stream().anyMatch(name::endsWith);
    }

    /**
     * What is wrong with a file's checksums.
     *
     * @param file a staged file
     * @return a problem for each required checksum that is missing and each present one that does not match
     * @throws IOException if a file cannot be read
     */
    static List<String> problems(Path file) throws IOException {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> digest : DIGESTS.entrySet()) {
            Path checksum = file.resolveSibling(file.getFileName() + digest.getKey());
            if (!Files.exists(checksum)) {
                if (REQUIRED.contains(digest.getKey())) {
                    problems.add(file.getFileName() + " has no " + digest.getKey() + " checksum");
                }
                continue;
            }
            String expected = Files.readString(checksum).trim().split("\\s+")[0].toLowerCase(Locale.ROOT);
            String actual = digest(file, digest.getValue());
            if (!expected.equals(actual)) {
                problems.add(file.getFileName() + digest.getKey() + " says " + expected + ", the file's is " + actual);
            }
        }
        return problems;
    }

    private static String digest(Path file, String algorithm) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance(algorithm);
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has " + algorithm, e);
        }
    }
}
