#!/bin/sh
# Builds the self-contained app image, packaging/target/image/Countersign/, and where dpkg-deb
# exists packaging/target/installer/countersign_<version>_amd64.deb. Takes a few minutes.
#   ./packaging/build.sh                 # app image + AOT cache + .deb
#   SKIP_DEB=1 ./packaging/build.sh      # no .deb;  SKIP_AOT=1: no AOT cache (no display needed)
# Then: ./packaging/measure-startup.sh  (start-up with and without the AOT cache, and the floor)
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
exec ./mvnw -B -q -pl packaging -am package -DskipTests -Pimage "$@"
