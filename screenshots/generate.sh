#!/bin/sh
# Renders the workbench screenshots headless (Monocle, software rendering) into this folder.
#   ./screenshots/generate.sh
# Same as: ./mvnw -B -pl app -am verify -Pscreenshots -Dsurefire.failIfNoSpecifiedTests=false
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
exec ./mvnw -q -B -pl app -am verify -Pscreenshots -Dtest='WorkbenchScreenshots,DecisionScreenshots' -Dsurefire.failIfNoSpecifiedTests=false
