#!/usr/bin/env bash
# Installs the system packages a fresh Debian/Ubuntu machine lacks for running the app and the tests:
#   libgtk-3-0  - JavaFX needs GTK 3 for real windows (headless tests use Monocle and do not)
#   xvfb, xauth - a virtual display for the smoke launch of the real app in CI and for screenshots
#   fakeroot, rpm - jpackage builds the .deb and the .rpm with them (installer profile, docs/install.md)
# Java 17 is expected to be present (the Maven wrapper fetches Maven itself). Does nothing when all is there.
set -euo pipefail

packages=(libgtk-3-0 xvfb xauth fakeroot rpm)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  SUDO=sudo
else
  SUDO=
fi
echo "Installing missing packages: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
