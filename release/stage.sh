#!/usr/bin/env bash
# Stages a release of camel-studio's published modules into a local folder and checks it as Maven Central would.
#
#   release/stage.sh [--version VERSION] [--reproducible]
#
#   --version VERSION  the release's version (default: the revision in .mvn/maven.config without -SNAPSHOT)
#   --reproducible     build the release twice, in two copies of the tree, and compare every staged file but the
#                      signatures byte for byte; for release time (it takes about twice as long)
#
# What it does:
#   1. copies the working tree (no target/ folders, no .git) into release/target/stage/, so that nothing in the tree
#      changes, not even the version Camel's build writes into src/generated;
#   2. makes a throwaway GPG key in a home folder of its own (no passphrase, never exported, deleted at the end);
#   3. runs the release build in the copy, the command a real release runs (release/README.md) with
#      -DskipUpload=true: every artifact signed, and the bundle Central would receive written to
#      target/central-publishing/central-bundle.zip instead of uploaded;
#   4. unpacks the bundle into release/target/stage/bundle/ and checks it (BundleCheck): every published artifact
#      has its pom, jar, sources, javadoc and SBOM, each signed and checksummed, the signatures verify, no POM names a
#      SNAPSHOT, the BOM lists every published artifact, every SBOM's licenses are ones we accept.
#
# `./mvnw -B verify` runs it (the release module, built last), so that the release path cannot rot; -Dstage.skip=true
# leaves it out. It needs bash, gpg and a JDK.
set -euo pipefail

release_dir=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$release_dir")
work="$release_dir/target/stage"

version=""
reproducible=false
while [ $# -gt 0 ]; do
    case "$1" in
        --version) version="$2"; shift 2 ;;
        --reproducible) reproducible=true; shift ;;
        -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
        *) echo "stage.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
    esac
done
if [ -z "$version" ]; then
    version=$(sed -n 's|^-Drevision=\(.*\)$|\1|p' "$root/.mvn/maven.config" | head -n 1)
    version=${version%-SNAPSHOT}
fi
case "$version" in
    *SNAPSHOT*|"") echo "stage.sh: '$version' is not a release version" >&2; exit 2 ;;
esac
if ! command -v gpg > /dev/null; then
    echo "stage.sh: gpg is needed to sign the staged artifacts: install GnuPG (Debian: apt-get install gnupg;" \
        "macOS: brew install gnupg), or leave the staging out of the build with -Dstage.skip=true" >&2
    exit 1
fi
maven_args=(-B -q)
if [ -n "${MAVEN_REPO_LOCAL:-}" ]; then
    maven_args+=("-Dmaven.repo.local=$MAVEN_REPO_LOCAL")
fi

rm -rf "$work"
mkdir -p "$work"

# A throwaway signing key. Its home is under /tmp: gpg-agent's socket path must stay short.
export GNUPGHOME
GNUPGHOME=$(mktemp -d "${TMPDIR:-/tmp}/camel-studio-gpg.XXXXXX")
trap 'gpgconf --kill gpg-agent > /dev/null 2>&1 || true; rm -rf "$GNUPGHOME"' EXIT
gpg --batch --quiet --passphrase '' --quick-generate-key \
    "camel-studio staging key (throwaway) <staging@camelstudio.invalid>" ed25519 sign 1d 2> /dev/null
fingerprint=$(gpg --batch --with-colons --list-secret-keys 2> /dev/null | awk -F: '$1 == "fpr" { print $10; exit }')
gpg --batch --armor --export "$fingerprint" > "$work/staging-key.asc" 2> /dev/null

# Builds the release of this version in a fresh copy of the tree ($1), leaving the bundle unpacked in $2.
stage() {
    local tree="$1" bundle="$2"
    mkdir -p "$tree"
    (cd "$root" && tar --exclude=./.git --exclude='./release/target' --exclude='target' -cf - .) | (cd "$tree" && tar -xf -)
    echo "stage.sh: building release $version in $tree"
    local started=$SECONDS
    (cd "$tree" && ./mvnw "${maven_args[@]}" -Prelease "-Drevision=$version" \
        -Dmaven.test.skip=true -Dmaven.install.skip=true \
        -DskipUpload=true "-Dgpg.homedir=$GNUPGHOME" "-Dgpg.keyname=$fingerprint" \
        deploy)
    mkdir -p "$bundle"
    (cd "$bundle" && unzip -q "$tree/target/central-publishing/central-bundle.zip")
    echo "stage.sh: staged $(find "$bundle" -type f | wc -l) files in $((SECONDS - started)) s into $bundle"
}

stage "$work/tree" "$work/bundle"

# The checker is this module's own code: compiled by the build that runs this script, or here when run by hand.
classes="$release_dir/target/classes"
if [ ! -f "$classes/dev/camelstudio/release/BundleCheck.class" ]; then
    (cd "$root" && ./mvnw "${maven_args[@]}" -pl release compile)
fi
"${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "$classes" dev.camelstudio.release.BundleCheck "$work/bundle" "$version" "$work/staging-key.asc"

if $reproducible; then
    stage "$work/tree-again" "$work/bundle-again"
    echo "stage.sh: comparing the two builds byte for byte (signatures aside)"
    if diff -r -q -x '*.asc' -x '*.asc.*' "$work/bundle" "$work/bundle-again"; then
        echo "stage.sh: the two builds are the same bytes: reproducible"
    else
        echo "stage.sh: the two builds differ (above): not reproducible" >&2
        exit 1
    fi
fi
