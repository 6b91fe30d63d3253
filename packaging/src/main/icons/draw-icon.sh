#!/bin/sh
# Draws Countersign.png (256x256): a shield with a check mark. Needs ImageMagick 6 or 7.
# The PNG is committed; rerun only to change the icon.
set -eu
cd "$(dirname "$0")"
convert -size 256x256 xc:none \
  -fill '#1f4e79' -stroke '#163a5a' -strokewidth 6 \
  -draw "path 'M 128,18 L 222,52 L 222,120 C 222,182 182,222 128,242 C 74,222 34,182 34,120 L 34,52 Z'" \
  -fill '#2e75b6' -stroke none \
  -draw "path 'M 128,34 L 208,63 L 208,121 C 208,172 175,206 128,225 Z'" \
  -fill none -stroke white -strokewidth 24 -draw "stroke-linecap round stroke-linejoin round polyline 82,130 115,163 176,96" \
  -strip -depth 8 Countersign.png
