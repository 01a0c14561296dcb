#!/usr/bin/env bash
# Runs a service image built by ./mvnw -Pimages without a container engine, to check that it starts: unpacks the
# OCI tarball's layers into a folder and runs the image's entrypoint there with chroot, as the image's user, with
# the image's environment plus the NAME=value arguments, on this machine's network (so the run command's
# PostgreSQL, Kafka and Keycloak are at localhost). Linux, as root (chroot and mounts). Ctrl-C stops it.
#   sudo deploy/images/run-unpacked.sh plan-service/target/jib-image.tar QUARKUS_HTTP_PORT=18081 ...
set -euo pipefail

tarball=$(readlink -f "$1"); shift
work=$(mktemp -d /tmp/tthc-image-XXXXXX)
root=$work/rootfs
mkdir -p "$work/oci" "$root"
cleanup() {
  for mount in "$root/etc/resolv.conf" "$root/etc/hosts" "$root/dev" "$root/proc"; do
    mountpoint -q "$mount" 2>/dev/null && umount -l "$mount" || true
  done
  rm -rf "$work"
}
trap cleanup EXIT

tar -xf "$tarball" -C "$work/oci"
blob() { echo "$work/oci/blobs/sha256/${1#sha256:}"; }
digests() { grep -o '"digest":"sha256:[0-9a-f]*"' "$1" | cut -d'"' -f4; }
# A JSON array of strings from the image config, one element per line.
array() { grep -o "\"$1\":\[[^]]*\]" "$2" | sed 's/^[^[]*\["//; s/"\]$//; s/","/\n/g'; }
value() { grep -o "\"$1\":\"[^\"]*\"" "$2" | head -1 | cut -d'"' -f4; }

manifest=$(blob "$(digests "$work/oci/index.json" | head -1)")
config=$(blob "$(digests "$manifest" | head -1)")
for layer in $(digests "$manifest" | tail -n +2); do
  tar --warning=no-unknown-keyword -xzf "$(blob "$layer")" -C "$root"
done
echo "layers: $(digests "$manifest" | tail -n +2 | wc -l), unpacked: $(du -sh "$root" | cut -f1)"

mkdir -p "$root/proc" "$root/dev" "$root/etc" "$root/tmp"
mount -t proc proc "$root/proc"
mount --rbind /dev "$root/dev"
for file in hosts resolv.conf; do touch "$root/etc/$file"; mount --bind "/etc/$file" "$root/etc/$file"; done

mapfile -t entrypoint < <(array Entrypoint "$config")
mapfile -t environment < <(array Env "$config")
user=$(value User "$config")
echo "entrypoint (as ${user:-root}): ${entrypoint[*]}"
chroot=$(command -v chroot)
cd "$root"
env -i "${environment[@]}" "$@" "$chroot" --userspec="${user:-0:0}" "$root" "${entrypoint[@]}"
