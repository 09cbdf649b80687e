#!/usr/bin/env bash
# Installs the .deb into this machine, starts the installed launcher once under Xvfb with a fresh home directory
# (`--smoke-test`: the window shows, the embedded server and PostgreSQL start, `SMOKE OK`, exit 0), checks the menu
# entry, file association and data directory, then purges the package again.
#   installer/smoke-test.sh [path/to/buildify-designer_*.deb]   (default: the one in installer/target/jpackage/out)
# Needs root or sudo (dpkg). Refuses to touch an existing installation of the package.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "SMOKE TEST FAILED: $*" >&2; exit 1; }
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi

deb=${1:-$(ls -t installer/target/jpackage/out/*.deb 2>/dev/null | head -n 1)}
[ -n "$deb" ] && [ -f "$deb" ] || fail "no .deb given or found; build it with ./mvnw -B -pl installer -am -DskipTests -Pinstaller package"
package=$(dpkg-deb -f "$deb" Package)
if dpkg -s "$package" >/dev/null 2>&1; then
  fail "$package is already installed here; uninstall it first (sudo dpkg -r $package) - this test purges it at the end"
fi

# Xvfb and GTK (the prerequisites script), then whatever else the package depends on (xdg-utils, X libraries):
# dpkg -i does not fetch dependencies.
scripts/install-prerequisites.sh
missing=()
IFS=',' read -ra depends <<< "$(dpkg-deb -f "$deb" Depends)"
for dep in "${depends[@]}"; do
  name=$(echo "$dep" | sed -e 's/|.*//' -e 's/(.*)//' | xargs)
  [ -z "$name" ] || dpkg -s "$name" >/dev/null 2>&1 || missing+=("$name")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing the package's missing dependencies: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

home=$(mktemp -d)
cleanup() {
  # A PostgreSQL left behind by a failed run: only processes whose command line holds this run's temp home.
  pgrep -f -- "$home/" | xargs -r kill 2>/dev/null || true
  if dpkg -s "$package" >/dev/null 2>&1; then $SUDO dpkg -P "$package" >/dev/null || true; fi
  rm -rf "$home"
}
trap cleanup EXIT

echo "dpkg -i $deb"
$SUDO dpkg -i "$deb"
launcher=$(dpkg -L "$package" | grep -E '^/opt/[^/]+/bin/[^/]+$' | head -n 1)
[ -x "$launcher" ] || fail "no launcher under /opt/*/bin in $package"
desktop=$(ls /usr/share/applications/"$package"-*.desktop 2>/dev/null | head -n 1)
[ -n "$desktop" ] || fail "postinst registered no menu entry in /usr/share/applications"
grep -q '\*\.buildify\.json' /usr/share/mime/packages/"$package"-*.xml || fail "no *.buildify.json file association"
grep -q '^MimeType=application/vnd.buildify.project+json' "$desktop" || fail "menu entry does not open project files"

# A fresh home and no data-directory overrides: the app must create ~/.local/share/buildify-designer by itself.
# Java takes user.home from the password database, not from $HOME, hence JAVA_TOOL_OPTIONS too.
echo "Launching '$launcher --smoke-test' under Xvfb with HOME=$home"
set +e
env -u BUILDIFY_HOME -u XDG_DATA_HOME HOME="$home" JAVA_TOOL_OPTIONS="-Duser.home=$home" \
  timeout 240 xvfb-run -a -s "-screen 0 1280x1024x24" "$launcher" --smoke-test > "$home/smoke.log" 2>&1
status=$?
set -e
cat "$home/smoke.log"
[ $status -eq 0 ] || fail "the launcher exited with $status"
grep -qx "SMOKE OK" "$home/smoke.log" || fail "no 'SMOKE OK' line"
data="$home/.local/share/buildify-designer"
[ -f "$data/drafts/drafts.mv.db" ] || fail "no draft store in $data/drafts"
[ -f "$data/postgres/pgdata/PG_VERSION" ] || fail "no embedded PostgreSQL cluster in $data/postgres/pgdata"
if pgrep -f -- "$home/" >/dev/null; then fail "processes still running from $home after exit: $(pgrep -af -- "$home/")"; fi

echo "dpkg -P $package"
$SUDO dpkg -P "$package"
[ ! -e "$launcher" ] || fail "$launcher still there after dpkg -P"
[ ! -e "$desktop" ] || fail "$desktop still there after dpkg -P"
[ -f "$data/drafts/drafts.mv.db" ] || fail "dpkg -P removed the user's drafts"
echo "Installer smoke test: SMOKE OK (installed, launched, purged; drafts kept in the home directory)"
