#!/usr/bin/env bash
# Builds the installers the way Scene Builder's .github/scripts/jpackage.sh does: jdeps finds the JDK modules the jars
# use, jlink builds a trimmed runtime with only those, jpackage makes the app image and then each package from it.
# Run by the `installer` profile of pom.xml (see docs/install.md):
#   jpackage.sh --os linux|windows|macos --types "deb rpm" --version 0.1.0-SNAPSHOT \
#               --input DIR_WITH_JARS --main-jar app-0.1.0-SNAPSHOT.jar --work DIR
# Everything that differs between operating systems is in the `case "$os"` below: icon, resource dir, package options.
set -euo pipefail

die() { echo "jpackage.sh: $*" >&2; exit 2; }

os= types= version= input= main_jar= work=
while [ $# -gt 0 ]; do
  case "$1" in
    --os) os=$2 ;;
    --types) types=$2 ;;
    --version) version=$2 ;;
    --input) input=$2 ;;
    --main-jar) main_jar=$2 ;;
    --work) work=$2 ;;
    *) die "unknown argument '$1'" ;;
  esac
  [ $# -ge 2 ] || die "$1 needs a value"
  shift 2
done
for required in os types version input main_jar work; do
  [ -n "${!required}" ] || die "--${required/_/-} is required"
done
[ -f "$input/$main_jar" ] || die "main jar $input/$main_jar not found (build with -Pinstaller from the root)"

here=$(cd "$(dirname "$0")" && pwd)
# Git Bash on Windows: hand the JDK tools D:/x paths, which both they and the shell understand.
if command -v cygpath >/dev/null; then
  input=$(cygpath -m "$input"); work=$(cygpath -m "$work"); here=$(cygpath -m "$here")
fi
resources="$here/src/jpackage"

readonly app_name="Buildify Designer"
readonly vendor="Buildify"
readonly description="Designer for business data models and workflows, published to PostgreSQL"
readonly main_class=io.buildify.app.Launcher
# JFoenix reflects into java.lang.reflect (STACK.md); one token, so jpackage does not split it.
java_options=(--java-options "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED")
# Loaded by name only, so jdeps cannot see them: jdk.crypto.ec (elliptic-curve TLS for an https --server-url) and
# jdk.security.auth (zonky reads the uid through com.sun.security.auth.module.UnixSystem; without it, it does not
# know it runs as root, skips `unshare -U`, and initdb refuses to run).
readonly extra_modules=jdk.crypto.ec,jdk.security.auth

# jpackage wants 1-3 numbers: 0.1.0-SNAPSHOT -> 0.1.0.
release=${version%%-*}
[[ "$release" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || die "cannot make a numeric version out of '$version'"
app_version=$release

image_suffix=
case "$os" in
  linux)
    icon="$resources/linux/buildify-designer.png"
    # Project files by their full suffix (*.buildify.json, a shared-mime-info glob). Windows and macOS pick the
    # handler by the last extension only, so there the association would have to claim every .json file: none.
    package_options=(--linux-package-name buildify-designer --linux-menu-group Development
                     --linux-app-category devel --linux-shortcut
                     --file-associations "$resources/buildify-json.properties")
    # dpkg-deb's default xz spends over a minute to shrink the .deb by under 5%: the payload is mostly jars and a
    # jlink-compressed runtime, already compressed. gzip is quick and readable by every dpkg.
    export DPKG_DEB_COMPRESSOR_TYPE=${DPKG_DEB_COMPRESSOR_TYPE:-gzip}
    # The GTK package JavaFX needs has a different name in each package family.
    deb_options=(--linux-package-deps libgtk-3-0)
    rpm_options=(--linux-package-deps gtk3)
    ;;
  windows)
    icon="$resources/windows/buildify-designer.ico"
    # The upgrade UUID must never change: it lets a newer .msi replace an older one.
    package_options=(--win-menu --win-menu-group "$app_name" --win-shortcut --win-dir-chooser
                     --win-upgrade-uuid 6f1f3c2e-5b8a-4d5e-9a51-0c7e2b1d9a44)
    ;;
  macos)
    icon="$resources/macos/buildify-designer.icns"
    image_suffix=.app
    # The menu-bar name must be shorter than 16 characters.
    package_options=(--mac-package-identifier io.buildify.designer --mac-package-name Buildify)
    # jpackage on macOS rejects a first version number of 0 (CFBundleVersion): a 0.x.y bundle says 1.0.0 inside,
    # and only the .dmg's file name carries the real version (renamed below).
    if [[ "$app_version" == 0.* ]]; then app_version=1.0.0; fi
    ;;
  *) die "--os must be linux, windows or macos, not '$os' (no OS profile of installer/pom.xml matched)" ;;
esac
# jpackage's own message for a missing packaging tool is vague; say which package to install.
need() { command -v "$1" >/dev/null || die "$2"; }
for type in $types; do
  case "$type" in
    deb) need fakeroot "a .deb needs fakeroot: sudo apt-get install fakeroot" ;;
    rpm) need rpmbuild "an .rpm needs rpmbuild: sudo apt-get install rpm (or build only the .deb: -Dinstaller.types=deb)" ;;
    msi) need candle.exe "an .msi needs WiX Toolset 3 (candle.exe, light.exe) on the PATH" ;;
  esac
done
common=(--name "$app_name" --app-version "$app_version" --vendor "$vendor" --description "$description"
        --copyright "Copyright $(date +%Y) $vendor" --icon "$icon" --dest "$work/out")

runtime="$work/runtime"
rm -rf "$runtime" "$work/out" "$work/jdeps"
mkdir -p "$work/jdeps" "$work/out"

started=$SECONDS
step() { echo "[jpackage.sh] $((SECONDS - started)) s: $*"; }

# jdeps sees the jars as a module path; two kinds are left out: atlantafx (Java 21 class files jdeps 17 cannot read;
# the app uses only its CSS) and the empty classifier-less JavaFX jars, which would clash with the real modules.
for jar in "$input"/*.jar; do
  name=$(basename "$jar")
  [[ "$name" == atlantafx-* || "$name" =~ ^javafx-[a-z]+-[0-9.]+\.jar$ ]] || cp "$jar" "$work/jdeps/"
done
modules=$(cd "$work/jdeps" && jdeps --module-path . --multi-release 17 --ignore-missing-deps --print-module-deps \
            ./*.jar 2>"$work/jdeps.log" | tail -n 1)
[[ "$modules" =~ ^java\.base ]] || die "jdeps printed no module list (got '$modules'); see $work/jdeps.log"
modules="$modules,$extra_modules"
step "modules: $modules"

# --strip-native-commands: the jpackage launcher loads the JVM itself, so bin/java and friends are dead weight.
jlink --add-modules "$modules" --strip-debug --strip-native-commands --no-header-files --no-man-pages --compress=2 \
  --output "$runtime"
step "runtime image: $(du -sh "$runtime" | cut -f1)"

jpackage --type app-image "${common[@]}" --input "$input" --main-jar "$main_jar" --main-class "$main_class" \
  --runtime-image "$runtime" "${java_options[@]}"
app_image="$work/out/$app_name$image_suffix"
step "app image: $(du -sh "$app_image" | cut -f1)"

for type in $types; do
  type_options=()
  case "$type" in
    deb) type_options=("${deb_options[@]}") ;;
    rpm) type_options=("${rpm_options[@]}") ;;
  esac
  # ${a[@]+...}: an empty array is "unbound" to bash 3.2 (macOS) under set -u.
  jpackage --type "$type" "${common[@]}" --app-image "$app_image" --resource-dir "$resources/$os" \
    "${package_options[@]}" ${type_options[@]+"${type_options[@]}"}
  if [ "$app_version" != "$release" ]; then
    mv "$work/out/$app_name-$app_version.$type" "$work/out/$app_name-$release.$type"
  fi
  step "$type package built"
done
ls -l "$work/out"
