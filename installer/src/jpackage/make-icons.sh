#!/usr/bin/env bash
# Draws the app icon (three linked entity cards on a blue rounded square, the AtlantaFX accent blue) with
# ImageMagick 6 and writes the per-OS files jpackage takes: linux/*.png, windows/*.ico, macos/*.icns.
# The outputs are committed; run this again only to change the icon.
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

convert -size 1024x1024 xc:none \
  \( -size 1024x1024 gradient:'#2f81f7-#0550ae' \) \
  \( -size 1024x1024 xc:none -fill white -draw "roundrectangle 64,64 959,959 190,190" \) \
  -delete 0 -compose DstIn -composite -compose Over \
  -stroke none -fill white \
  -draw "rectangle 494,400 530,538" -draw "rectangle 282,502 742,538" \
  -draw "rectangle 282,502 318,600" -draw "rectangle 706,502 742,600" \
  -draw "roundrectangle 362,200 662,420 34,34" \
  -draw "roundrectangle 160,590 440,810 34,34" \
  -draw "roundrectangle 584,590 864,810 34,34" \
  -fill '#0969da' \
  -draw "roundrectangle 392,262 632,290 8,8" -draw "rectangle 392,320 580,332" -draw "rectangle 392,362 600,374" \
  -draw "roundrectangle 190,652 410,680 8,8" -draw "rectangle 190,710 360,722" -draw "rectangle 190,752 380,764" \
  -draw "roundrectangle 614,652 834,680 8,8" -draw "rectangle 614,710 784,722" -draw "rectangle 614,752 804,764" \
  "$work/icon-1024.png"

for size in 16 24 32 48 128 256 512; do
  convert "$work/icon-1024.png" -resize ${size}x${size} -strip "PNG32:$work/icon-$size.png"
done

# Linux: one PNG; the desktop entry scales it.
cp "$work/icon-256.png" linux/buildify-designer.png
# Windows: the sizes Explorer and the Start menu ask for, in one .ico.
convert "$work"/icon-{16,24,32,48,256}.png windows/buildify-designer.ico

# macOS: ICNS is a list of (4-byte type, 4-byte big-endian length incl. header, PNG data) after an 8-byte header.
be32() { printf "\\$(printf %03o $(($1 >> 24 & 255)))\\$(printf %03o $(($1 >> 16 & 255)))\\$(printf %03o $(($1 >> 8 & 255)))\\$(printf %03o $(($1 & 255)))"; }
chunks="$work/chunks"
: > "$chunks"
for entry in ic07:128 ic08:256 ic09:512; do
  png="$work/icon-${entry#*:}.png"
  { printf %s "${entry%%:*}"; be32 $(( $(stat -c %s "$png") + 8 )); cat "$png"; } >> "$chunks"
done
{ printf icns; be32 $(( $(stat -c %s "$chunks") + 8 )); cat "$chunks"; } > macos/buildify-designer.icns
ls -l linux/buildify-designer.png windows/buildify-designer.ico macos/buildify-designer.icns
