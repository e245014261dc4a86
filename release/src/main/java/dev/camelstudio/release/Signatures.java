package dev.camelstudio.release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Verifies detached signatures ({@code .asc}) against one public key, in a gpg home of its own so that no other key
 * of the machine can vouch for a file.
 */
final class Signatures implements AutoCloseable {

    private final Gpg gpg;

    private Signatures(Gpg gpg) {
        this.gpg = gpg;
    }

    /**
     * A verifier that trusts exactly one key.
     *
     * @param publicKey an armored public key
     * @return the verifier; close it to delete its gpg home
     * @throws IOException if gpg cannot import the key
     */
    static Signatures trusting(Path publicKey) throws IOException {
        Gpg gpg = Gpg.inNewHome();
        Gpg.Result imported = gpg.run("--import", publicKey.toString());
        if (imported.exitCode() != 0) {
            gpg.close();
            throw new IOException("gpg could not import " + publicKey + ": " + imported.output().strip());
        }
        return new Signatures(gpg);
    }

    /**
     * What is wrong with a file's signature.
     *
     * @param file a staged file
     * @return a problem if its {@code .asc} is missing or does not verify; nothing if it is good
     * @throws IOException if gpg cannot be run
     */
    List<String> problems(Path file) throws IOException {
        Path signature = file.resolveSibling(file.getFileName() + ".asc");
        if (!Files.exists(signature)) {
            return List.of(file.getFileName() + " is not signed (no .asc)");
        }
        Gpg.Result verified = gpg.run("--status-fd", "1", "--verify", signature.toString(), file.toString());
        if (verified.exitCode() != 0 || !verified.output().contains("[GNUPG:] GOODSIG")) {
            return List.of(signature.getFileName() + " does not verify: " + verified.output().strip());
        }
        return List.of();
    }

    /** Deletes the verifier's gpg home. */
    @Override
    public void close() throws IOException {
        gpg.close();
    }
}
