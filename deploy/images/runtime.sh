#!/usr/bin/env bash
# The services' images are built FROM scratch (no base image is pulled, so no registry but the one you push to is
# needed): this script makes the files every service image shares, under $2 (default deploy/images/target/runtime):
#   opt/java/     a JRE linked by jlink from the JDK that runs the build ($1, default: the java on the PATH), with the
#                 modules Quarkus, Hibernate, Kafka (SASL, TLS), PostgreSQL, POI and the Vietnamese locale need
#   lib*/         the shared libraries that JRE's binaries load (found with ldd: glibc, zlib, libstdc++...), copied
#                 from this machine, and the dynamic loader
#   etc/          passwd and group with the user the services run as (185, tthc), nsswitch.conf
#   tmp/          for a container without an emptyDir there
# Linux only (the JRE and libraries are this machine's: build on the architecture you deploy to). Called by the
# images profile of each service (./mvnw -Pimages, deploy/README.md); does nothing when $2 is already built from
# the same JDK.
set -euo pipefail

java_home=${1:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
out=${2:-$(cd "$(dirname "$0")" && pwd)/target/runtime}
modules=java.se,jdk.unsupported,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.localedata,jdk.charsets,jdk.zipfs,jdk.management,jdk.naming.dns,jdk.net,jdk.security.auth,jdk.jfr

[ "$(uname -s)" = Linux ] || { echo "runtime.sh: the images are built on Linux (the JRE and its libraries are this machine's)" >&2; exit 1; }
[ -d "$java_home/jmods" ] || { echo "runtime.sh: $java_home has no jmods; use a full JDK (Debian: apt-get install openjdk-17-jdk-headless openjdk-17-jmods)" >&2; exit 1; }

stamp="$(cat "$java_home/release" 2>/dev/null | md5sum | cut -c1-12)-$(echo "$modules" | md5sum | cut -c1-12)-$(uname -m)"
if [ -f "$out/.built" ] && [ "$(cat "$out/.built")" = "$stamp" ]; then
  echo "runtime.sh: $out is up to date"
  exit 0
fi

rm -rf "$out"
mkdir -p "$out/opt" "$out/etc" "$out/tmp"
"$java_home/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 \
  --output "$out/opt/java"

# jlink copies symbolic links of a distribution's JDK (Debian links cacerts to /etc/ssl/certs): keep their targets.
find "$out/opt/java" -type l | while read -r link; do
  target=$(readlink -f "$link" || true)
  rm "$link"
  if [ -n "$target" ] && [ -f "$target" ]; then cp "$target" "$link"; fi
done
[ -s "$out/opt/java/lib/security/cacerts" ] || { echo "runtime.sh: the JRE has no CA certificates (lib/security/cacerts)" >&2; exit 1; }

# Headless: no X11 windows, sound or splash screen (and so none of their libraries).
rm -f "$out"/opt/java/lib/libawt_xawt.so "$out"/opt/java/lib/libjsound.so "$out"/opt/java/lib/libsplashscreen.so

# The shared libraries the JRE's binaries load, and the dynamic loader, at the paths this machine has them.
find "$out/opt/java" -type f \( -name '*.so' -o -perm -u+x \) -print0 | xargs -0 ldd 2>/dev/null \
  | grep -o '/[^ ]*\.so[^ ]*' | sort -u | while read -r library; do
    case "$library" in "$out"/*) continue ;; esac
    mkdir -p "$out$(dirname "$library")"
    cp -L "$library" "$out$library"
  done
loader=$(readelf -l "$out/opt/java/bin/java" | sed -n 's/.*Requesting program interpreter: \(.*\)]/\1/p')
mkdir -p "$out$(dirname "$loader")"
cp -L "$loader" "$out$loader"

cat > "$out/etc/passwd" <<'PASSWD'
root:x:0:0:root:/root:/sbin/nologin
tthc:x:185:185:tthc service:/deployments:/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin
PASSWD
cat > "$out/etc/group" <<'GROUP'
root:x:0:
tthc:x:185:
nogroup:x:65534:
GROUP
printf 'passwd: files\ngroup: files\nhosts: files dns\n' > "$out/etc/nsswitch.conf"

echo "$stamp" > "$out/.built"
echo "runtime.sh: $(du -sh "$out" | cut -f1) in $out (JRE from $java_home, $(ls "$out/opt/java/lib" | wc -l) files in lib)"
